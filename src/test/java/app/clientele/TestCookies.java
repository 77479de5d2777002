package app.clientele;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookieStore;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A test client's cookie jar. The tests' public URL is HTTPS, so the app marks its cookies
 * {@code Secure}, while the tests talk plain HTTP to the local server, the way a TLS-ending proxy
 * does; a browser behind such a proxy would be on HTTPS, so this jar keeps and sends {@code Secure}
 * cookies as the browser would (Java's own {@link CookieManager} refuses them over HTTP).
 */
public final class TestCookies extends CookieHandler {

	private final CookieManager cookies = new CookieManager();

	public CookieStore store() {
		return cookies.getCookieStore();
	}

	@Override
	public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
		return cookies.get(asBrowserSees(uri), requestHeaders);
	}

	@Override
	public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
		cookies.put(asBrowserSees(uri), responseHeaders);
	}

	private static URI asBrowserSees(URI uri) {
		return "http".equalsIgnoreCase(uri.getScheme()) ? URI.create("https" + uri.toString().substring(4)) : uri;
	}
}
