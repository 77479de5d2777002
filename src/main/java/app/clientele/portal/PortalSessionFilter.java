package app.clientele.portal;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a portal session against the database on every request: revoked, archived, password
 * changed or an impersonation past its time ends the session right here. It also puts the
 * current {@link PortalUser} on the request, and keeps impersonated sessions read-only.
 */
final class PortalSessionFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
	private static final Set<String> ALWAYS_ALLOWED = Set.of("/portal/logout", "/portal/api/logout");

	private final PortalSignIn signIn;
	private final PortalSessions sessions;
	private final PortalProblems problems;

	PortalSessionFilter(PortalSignIn signIn, PortalSessions sessions, PortalProblems problems) {
		this.signIn = signIn;
		this.sessions = sessions;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
			Optional<PortalUser> user = signIn.current(principal);
			if (user.isEmpty()) {
				sessions.end(request);
			}
			else {
				PortalGate.put(request, user.get());
				String path = request.getRequestURI().substring(request.getContextPath().length());
				if (user.get().impersonated() && !SAFE.contains(request.getMethod()) && !ALWAYS_ALLOWED.contains(path)) {
					problems.readOnly(request, response);
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}
}
