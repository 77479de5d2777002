package app.clientele;

import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jspecify.annotations.Nullable;

/**
 * A customer's browser for the portal API: keeps cookies, and sends the XSRF-TOKEN cookie's
 * value back in X-XSRF-TOKEN on every state-changing call, as API.md describes.
 */
public final class PortalClient {

	private final TestCookies cookies = new TestCookies();
	private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER).build();
	private final String base;

	public PortalClient(int port) {
		this.base = "http://localhost:" + port;
	}

	public Api.Response get(String path) {
		return send("GET", path, null, true);
	}

	/** A portal page as a browser asks for it (Accept: text/html). */
	public Api.Response page(String path) {
		return send("GET", path, null, false, null, "text/html");
	}

	public Api.Response post(String path, @Nullable Object body) {
		return send("POST", path, body, true);
	}

	public Api.Response put(String path, Object body) {
		return send("PUT", path, body, true);
	}

	/** A state-changing call without the CSRF header: must be refused. */
	public Api.Response postWithoutCsrf(String path, @Nullable Object body) {
		return send("POST", path, body, false);
	}

	/** A state-changing call with this X-XSRF-TOKEN instead of the cookie's (an old or stolen one). */
	public Api.Response postWithXsrf(String path, @Nullable Object body, String token) {
		return send("POST", path, body, false, token);
	}

	/** The XSRF-TOKEN cookie's value. */
	public @Nullable String xsrfCookie() {
		return xsrf();
	}

	public @Nullable String sessionCookie() {
		return cookies.store().getCookies().stream().filter(c -> c.getName().equals("CLIENTELE_SESSION"))
				.map(HttpCookie::getValue).findFirst().orElse(null);
	}

	private Api.Response send(String method, String path, @Nullable Object body, boolean csrf) {
		if (csrf && !method.equals("GET") && xsrf() == null) {
			send("GET", "/portal/api/csrf", null, false);
		}
		return send(method, path, body, csrf, csrf ? xsrf() : null);
	}

	private Api.Response send(String method, String path, @Nullable Object body, boolean csrf, @Nullable String token) {
		return send(method, path, body, csrf, token, "application/json");
	}

	private Api.Response send(String method, String path, @Nullable Object body, boolean csrf, @Nullable String token,
			String accept) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
				.header("Accept", accept);
		if (token != null) {
			request.header("X-XSRF-TOKEN", token);
		}
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body)));
		}
		try {
			return new Api.Response(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private @Nullable String xsrf() {
		return cookies.store().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
				.map(HttpCookie::getValue).findFirst().orElse(null);
	}
}
