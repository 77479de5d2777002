package app.clientele.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers what fails outside a controller (the servlet container, a filter, a view): the same
 * problem details and error page as {@link ProblemResponses}, never the container's own page.
 */
@Controller
class ErrorPages implements ErrorController {

	private final ProblemJsonView view;
	private final ErrorPageView pages;

	ErrorPages(JsonMapper json, ErrorPageView pages) {
		this.view = new ProblemJsonView(json);
		this.pages = pages;
	}

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer i && HttpStatus.resolve(i) != null ? HttpStatus.valueOf(i)
				: HttpStatus.INTERNAL_SERVER_ERROR;
		String detail = status.is5xxServerError() ? "Something went wrong on our side. Please try again."
				: refusal(status, request.getAttribute(RequestDispatcher.ERROR_MESSAGE));
		ProblemDetail problem = Problems.of(status, Problems.slugFor(status), status.getReasonPhrase(), detail,
				List.of(), Map.of());
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		boolean json = uri instanceof String path
				? path.startsWith("/api/") || path.startsWith("/portal/api/") || Problems.wantsJson(request)
				: Problems.wantsJson(request);
		if (json) {
			return view.answer(problem);
		}
		return pages.page(problem, uri instanceof String path ? path : "/", request);
	}

	/**
	 * The reason a refusal gave with {@code sendError(403, reason)}, e.g. the portal refusing a
	 * change in a read-only session; not the bare reason phrase Spring Security gives.
	 */
	private static @Nullable String refusal(HttpStatus status, @Nullable Object message) {
		return status == HttpStatus.FORBIDDEN && message instanceof String text && !text.isBlank()
				&& !text.equalsIgnoreCase(status.getReasonPhrase()) ? text : null;
	}
}
