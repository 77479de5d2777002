package app.clientele;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: a cookie-keeping HTTP client that signs into the console through
 * its form (with the CSRF token, as a browser sends it) and posts forms.
 */
public final class Console {

	private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern HX_HEADERS = Pattern.compile("hx-headers=\"\\{&quot;([^&]+)&quot;: &quot;([^&]+)&quot;}\"");

	private final HttpClient http;
	private final String base;
	private String csrfHeader = "X-CSRF-TOKEN";
	private String csrfToken = "";

	private Console(int port) {
		this.http = HttpClient.newBuilder().cookieHandler(new TestCookies())
				.followRedirects(HttpClient.Redirect.NEVER).build();
		this.base = "http://localhost:" + port;
	}

	public static Console anonymous(int port) {
		return new Console(port);
	}

	/** A browser on the sign-in page, holding its CSRF token: {@link #submit} posts sign-in attempts. */
	public static Console atSignInPage(int port) {
		Console console = new Console(port);
		HttpResponse<String> login = console.get("/login");
		Matcher m = HIDDEN_CSRF.matcher(login.body());
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		console.csrfToken = m.group(1);
		return console;
	}

	public static Console signIn(int port, String email, String password) {
		Console console = atSignInPage(port);
		HttpResponse<String> posted = console.submit("/login", Map.of("username", email, "password", password));
		String location = posted.headers().firstValue("Location").orElse("");
		if (posted.statusCode() != 302 || location.contains("error") || location.contains("throttled")) {
			throw new IllegalStateException("console sign-in of " + email + " failed: " + location);
		}
		console.refreshCsrf(console.get("/").body());
		return console;
	}

	/** A customer's browser signed into the portal through its sign-in page. */
	public static Console portalSignIn(int port, String email, String password) {
		Console browser = new Console(port);
		HttpResponse<String> posted = browser.submitOn(browser.get("/portal/login"), "/portal/login",
				Map.of("email", email, "password", password));
		if (posted.statusCode() != 302 || !posted.headers().firstValue("Location").orElse("").endsWith("/portal/")) {
			throw new IllegalStateException("portal sign-in of " + email + " failed: " + posted.statusCode());
		}
		return browser;
	}

	/** Posts the form of {@code page} as a browser does, with the CSRF token that page holds. */
	public HttpResponse<String> submitOn(HttpResponse<String> page, String path, Map<String, String> form) {
		Matcher m = HIDDEN_CSRF.matcher(page.body());
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on the page before " + path);
		}
		Map<String, String> withToken = new LinkedHashMap<>(form);
		withToken.put("_csrf", m.group(1));
		return post(path, withToken);
	}

	public HttpResponse<String> get(String path) {
		return send("GET", path, Map.of());
	}

	public HttpResponse<String> post(String path, Map<String, String> form) {
		return send("POST", path, form);
	}

	public HttpResponse<String> send(String method, String path) {
		return send(method, path, Map.of());
	}

	public HttpResponse<String> send(String method, String path, Map<String, String> form) {
		String body = form.entrySet().stream()
				.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
				.header("Accept", "text/html");
		if (!method.equals("GET")) {
			request.header("Content-Type", "application/x-www-form-urlencoded").header(csrfHeader, csrfToken);
		}
		request.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(body));
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 200) {
				refreshCsrf(response.body());
			}
			return response;
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Sends an upload form as a browser does: multipart/form-data with the file as the part
	 * {@code file}, each field as a text part, and the CSRF token as the page's htmx header holds it.
	 */
	public HttpResponse<String> upload(String path, String fileName, byte[] content, Map<String, String> fields) {
		String boundary = "----console" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary).header(csrfHeader, csrfToken)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 200) {
				refreshCsrf(response.body());
			}
			return response;
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Posts a form as a browser does, with the page's CSRF token in the body. */
	public HttpResponse<String> submit(String path, Map<String, String> form) {
		Map<String, String> withToken = new LinkedHashMap<>(form);
		withToken.put("_csrf", csrfToken);
		return post(path, withToken);
	}

	private void refreshCsrf(String html) {
		Matcher m = HX_HEADERS.matcher(html);
		if (m.find()) {
			csrfHeader = m.group(1);
			csrfToken = m.group(2);
		}
	}
}
