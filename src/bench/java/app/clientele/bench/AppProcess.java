package app.clientele.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged Clientele, started as its own process with {@code -Xmx512m} against the loaded
 * database (SPRING_DATASOURCE_URL), so that its resident memory and CPU are its own.
 */
final class AppProcess implements AutoCloseable {

	static final String ADMIN_EMAIL = "bench-admin@example.com";
	static final String ADMIN_PASSWORD = "Bench-admin-password-2026!";

	private final Process process;
	private final int port;
	private final long started = System.nanoTime();
	private double startupSeconds;

	private AppProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	static AppProcess start(Path jar, String jdbcUrl, List<String> jvmArgs, Path log, Path workDir) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx512m");
		command.addAll(jvmArgs);
		command.add("-jar");
		command.add(jar.toString());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).directory(workDir.toFile());
		Map<String, String> env = builder.environment();
		env.put("SPRING_DATASOURCE_URL", jdbcUrl);
		env.put("SPRING_DATASOURCE_USERNAME", "postgres");
		env.put("SPRING_DATASOURCE_PASSWORD", "");
		env.put("SERVER_PORT", String.valueOf(port));
		env.put("CLIENTELE_ADMIN_EMAIL", ADMIN_EMAIL);
		env.put("CLIENTELE_ADMIN_PASSWORD", ADMIN_PASSWORD);
		env.put("CLIENTELE_DATA_DIR", workDir.resolve("app-data").toString());
		Report.line("app: %s", String.join(" ", command));
		AppProcess app = new AppProcess(builder.start(), port);
		Runtime.getRuntime().addShutdownHook(new Thread(app.process::destroyForcibly));
		app.awaitHealthy(log);
		return app;
	}

	private void awaitHealthy(Path log) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("the app stopped during start-up; see " + log);
			}
			try {
				var response = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
					startupSeconds = (System.nanoTime() - started) / 1e9;
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			Thread.sleep(200);
		}
		throw new IllegalStateException("the app did not become healthy in 3 minutes; see " + log);
	}

	/** A bearer token for the first administrator, the way any API client gets one. */
	String token() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String body = JsonMapper.builder().build()
				.writeValueAsString(Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
		var response = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
				.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
		}
		return JsonMapper.builder().build().readTree(response.body()).get("token").asString();
	}

	/**
	 * The first administrator's console session, the way a browser gets one: the sign-in page's
	 * CSRF token and cookie, then the form; answers the {@code Cookie} header to send with pages.
	 */
	String consoleCookie() throws Exception {
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		Map<String, String> cookies = new LinkedHashMap<>();
		var page = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
		keep(page, cookies);
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page: " + page.statusCode());
		}
		String form = "username=" + encode(ADMIN_EMAIL) + "&password=" + encode(ADMIN_PASSWORD) + "&_csrf="
				+ encode(csrf.group(1));
		var signedIn = http.send(HttpRequest.newBuilder(uri("/login")).header("Cookie", header(cookies))
				.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		String location = signedIn.headers().firstValue("Location").orElse("");
		if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("throttled")) {
			throw new IllegalStateException("console sign-in failed: " + signedIn.statusCode() + " " + location);
		}
		keep(signedIn, cookies);
		return header(cookies);
	}

	private static void keep(HttpResponse<?> response, Map<String, String> cookies) {
		for (String set : response.headers().allValues("Set-Cookie")) {
			String pair = set.split(";", 2)[0];
			int eq = pair.indexOf('=');
			cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
		}
	}

	private static String header(Map<String, String> cookies) {
		return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	double startupSeconds() {
		return startupSeconds;
	}

	long pid() {
		return process.pid();
	}

	@Override
	public void close() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}
}
