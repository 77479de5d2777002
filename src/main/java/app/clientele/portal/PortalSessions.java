package app.clientele.portal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import app.clientele.platform.SecureTransport;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Portal sessions: kept apart from staff sessions under their own session key, so a portal
 * sign-in never makes a staff user and a staff sign-in never makes a portal user. The XSRF-TOKEN
 * cookie is theirs too: a sign-in replaces it, as it replaces the session id, so that a token
 * read before signing in (a shared computer, a planted cookie) is worthless after.
 */
@Component
public class PortalSessions {

	public static final String CONTEXT_KEY = "CLIENTELE_PORTAL_SECURITY_CONTEXT";
	public static final String ROLE = "PORTAL";
	static final String STAFF_CONTEXT_KEY = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

	private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
	private final CookieCsrfTokenRepository csrfTokens;
	private final CsrfAuthenticationStrategy csrfRotation;

	PortalSessions(SecureTransport transport) {
		repository.setSpringSecurityContextKey(CONTEXT_KEY);
		this.csrfTokens = transport.csrfCookies();
		this.csrfRotation = new CsrfAuthenticationStrategy(csrfTokens);
	}

	public HttpSessionSecurityContextRepository repository() {
		return repository;
	}

	/** Where the portal chain keeps its CSRF token: the XSRF-TOKEN cookie. */
	CookieCsrfTokenRepository csrfTokens() {
		return csrfTokens;
	}

	/** Starts a portal session for the principal, under a new session id. */
	public void start(PortalPrincipal principal, HttpServletRequest request, HttpServletResponse response) {
		request.getSession(true);
		request.changeSessionId();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		repository.saveContext(context, request, response);
		rotateCsrfToken(authentication, request, response);
	}

	/**
	 * Spring Security's own rotation on authentication (it clears the old cookie); the new token
	 * is made at once, so the sign-in's answer already carries the cookie the next call needs.
	 */
	private void rotateCsrfToken(UsernamePasswordAuthenticationToken authentication, HttpServletRequest request,
			HttpServletResponse response) {
		csrfRotation.onAuthentication(authentication, request, response);
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
	}

	/** Ends the portal session on the server; a staff session in the same browser stays. */
	public void end(HttpServletRequest request) {
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session == null) {
			return;
		}
		session.removeAttribute(CONTEXT_KEY);
		if (session.getAttribute(STAFF_CONTEXT_KEY) == null) {
			session.invalidate();
		}
	}
}
