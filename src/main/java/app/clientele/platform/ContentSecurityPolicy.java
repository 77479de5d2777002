package app.clientele.platform;

/**
 * The one Content-Security-Policy of every page Clientele serves (console, portal, unsubscribe):
 * scripts, styles and images from Clientele itself only, no plugins, no framing, forms posted
 * only back to Clientele. The Mailbox's rendering of an email's own HTML is the one exception: it
 * is sandboxed with a stricter policy of its own, since that HTML is not Clientele's.
 */
public final class ContentSecurityPolicy {

	public static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private ContentSecurityPolicy() {
	}
}
