package app.clientele.platform.security;

import java.io.IOException;

import app.clientele.platform.ApiTokenAuthentication;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Reads {@code Authorization: Bearer <token>} and asks the authentication manager who it is. */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final AuthenticationManager authenticationManager;
	private final SecurityProblems problems;

	BearerTokenFilter(AuthenticationManager authenticationManager, SecurityProblems problems) {
		this.authenticationManager = authenticationManager;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		String token = header.substring(PREFIX.length()).trim();
		try {
			Authentication authentication = authenticationManager.authenticate(new ApiTokenAuthentication(token));
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(authentication);
			SecurityContextHolder.setContext(context);
			chain.doFilter(request, response);
		}
		catch (AuthenticationException e) {
			SecurityContextHolder.clearContext();
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			problems.write(response, HttpStatus.UNAUTHORIZED, "unauthorized",
					"The bearer token is unknown or expired. Get a new one from POST /api/v1/auth/token.");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
