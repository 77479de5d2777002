package app.clientele.portal;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the portal's security refuses: problem details for {@code /portal/api}, the sign-in page
 * or an error page for the portal's pages.
 */
@Component
class PortalProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;

	PortalProblems(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		if (api(request)) {
			write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Sign in to the portal first.");
		}
		else {
			response.sendRedirect(request.getContextPath() + "/portal/login");
		}
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		if (api(request)) {
			write(response, HttpStatus.FORBIDDEN, "forbidden",
					"The request was refused (a missing or stale X-XSRF-TOKEN header, or not allowed).");
		}
		else {
			response.sendError(HttpStatus.FORBIDDEN.value());
		}
	}

	void readOnly(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (api(request)) {
			write(response, HttpStatus.FORBIDDEN, "impersonation-read-only",
					"This is a read-only impersonation session; nothing can be changed in it.");
		}
		else {
			response.sendError(HttpStatus.FORBIDDEN.value(),
					"This is a read-only view of the portal as this contact; nothing can be changed in it.");
		}
	}

	private void write(HttpServletResponse response, HttpStatus status, String slug, String detail) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("https://clientele.app/problems/" + slug));
		problem.setTitle(status.getReasonPhrase());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}

	private static boolean api(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/portal/api/");
	}
}
