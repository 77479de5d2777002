package app.clientele.portal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Portal sessions: kept apart from staff sessions under their own session key, so a portal
 * sign-in never makes a staff user and a staff sign-in never makes a portal user.
 */
@Component
public class PortalSessions {

	public static final String CONTEXT_KEY = "CLIENTELE_PORTAL_SECURITY_CONTEXT";
	public static final String ROLE = "PORTAL";
	static final String STAFF_CONTEXT_KEY = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

	private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	PortalSessions() {
		repository.setSpringSecurityContextKey(CONTEXT_KEY);
	}

	public HttpSessionSecurityContextRepository repository() {
		return repository;
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
