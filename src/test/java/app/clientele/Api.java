package app.clientele;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for tests, knowing only the public contract: real requests over the
 * loopback to the running application, JSON in and out.
 */
public final class Api {

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER).build();
	private final String base;
	private final @Nullable String token;
	private final Map<String, String> headers;

	public Api(int port) {
		this("http://localhost:" + port, null, Map.of());
	}

	private Api(String base, @Nullable String token, Map<String, String> headers) {
		this.base = base;
		this.token = token;
		this.headers = headers;
	}

	public Api as(@Nullable String token) {
		return new Api(base, token, headers);
	}

	public Api with(String header, String value) {
		Map<String, String> h = new LinkedHashMap<>(headers);
		h.put(header, value);
		return new Api(base, token, h);
	}

	public String base() {
		return base;
	}

	public Response get(String path) {
		return send("GET", path, null, null);
	}

	public Response post(String path, @Nullable Object body) {
		return send("POST", path, body, "application/json");
	}

	public Response put(String path, Object body) {
		return send("PUT", path, body, "application/json");
	}

	public Response patch(String path, Object body) {
		return send("PATCH", path, body, "application/merge-patch+json");
	}

	public Response delete(String path) {
		return send("DELETE", path, null, null);
	}

	public Response send(String method, String path, @Nullable Object body, @Nullable String contentType) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		request.header("Accept", "application/json");
		headers.forEach(request::header);
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			String text = body instanceof String s ? s : JSON.writeValueAsString(body);
			request.header("Content-Type", contentType);
			request.method(method, HttpRequest.BodyPublishers.ofString(text));
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response);
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
	 * A multipart/form-data POST: the file as the part {@code file}, each field as a text part
	 * (what a browser's upload form sends).
	 */
	public Response upload(String path, String fileName, byte[] content, Map<String, String> fields) {
		String boundary = "----clientele" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
				.header("Accept", "application/json").header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		headers.forEach(request::header);
		try {
			return new Response(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public static String q(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** An answer: status, headers and the body, parsed when it is JSON. */
	public record Response(HttpResponse<String> raw) {

		public int status() {
			return raw.statusCode();
		}

		public String text() {
			return raw.body();
		}

		public JsonNode json() {
			return JSON.readTree(raw.body());
		}

		public @Nullable String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}

		/** The last {@code Set-Cookie} header of the cookie {@code name} (with its attributes), or null. */
		public @Nullable String setCookie(String name) {
			return raw.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
					.reduce((first, last) -> last).orElse(null);
		}

		public String id() {
			return json().get("id").asString();
		}

		@Override
		public String toString() {
			return raw.statusCode() + " " + raw.body();
		}
	}
}
