package app.clientele.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import app.clientele.platform.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds problem details with the house's stable type URIs, and tells API from page requests. */
final class Problems {

	static final String TYPE_BASE = "https://clientele.app/problems/";

	private Problems() {
	}

	static ProblemDetail of(HttpStatus status, String slug, String title, @Nullable String detail,
			List<FieldProblem> errors, Map<String, Object> properties) {
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setType(URI.create(TYPE_BASE + slug));
		problem.setTitle(title);
		problem.setDetail(detail);
		if (!errors.isEmpty()) {
			problem.setProperty("errors", errors);
		}
		properties.forEach(problem::setProperty);
		return problem;
	}

	static String slugFor(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "invalid-input";
			case UNAUTHORIZED -> "unauthorized";
			case FORBIDDEN -> "forbidden";
			case NOT_FOUND -> "not-found";
			case METHOD_NOT_ALLOWED -> "method-not-allowed";
			case NOT_ACCEPTABLE -> "not-acceptable";
			case CONFLICT -> "conflict";
			case PRECONDITION_FAILED -> "stale-version";
			case CONTENT_TOO_LARGE -> "too-large";
			case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
			case TOO_MANY_REQUESTS -> "too-many-attempts";
			default -> status.is5xxServerError() ? "internal-error" : "error";
		};
	}

	/** API clients get JSON; browsers get pages. */
	static boolean wantsJson(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/") || path.startsWith("/portal/api/") || path.startsWith("/actuator")
				|| path.startsWith("/v3/")) {
			return true;
		}
		String accept = request.getHeader("Accept");
		if (accept == null || accept.contains("text/html")) {
			return false;
		}
		return accept.contains("json");
	}
}
