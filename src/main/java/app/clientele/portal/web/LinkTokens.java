package app.clientele.portal.web;

import app.clientele.portal.InvalidToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

/**
 * The token of a portal link, held in the session between opening the link and using it, so that
 * it leaves the address bar (and never reaches a referrer or history).
 */
final class LinkTokens {

	static final String LINK_TOKEN = "clientele.portal.link-token";

	private LinkTokens() {
	}

	static void hold(HttpServletRequest request, String token) {
		request.getSession(true).setAttribute(LINK_TOKEN, token);
	}

	/** The token held, or none: no session, or no link opened in it. */
	static @Nullable String find(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : (String) session.getAttribute(LINK_TOKEN);
	}

	/** The token held; without one the link is as good as dead. */
	static String held(HttpServletRequest request) {
		String token = find(request);
		if (token == null) {
			throw new InvalidToken();
		}
		return token;
	}

	static void forget(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(LINK_TOKEN);
		}
	}
}
