package app.clientele.platform.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.clientele.platform.ErrorPageModel;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page for a browser: in the console's layout with its header and menu for whoever is
 * signed in (so that "Page not found" leaves a way on), or in the layout of the module that owns
 * the path ({@link ErrorPageModel}).
 */
@Component
class ErrorPageView {

	private final List<ErrorPageModel> owners;

	ErrorPageView(List<ErrorPageModel> owners) {
		this.owners = owners;
	}

	ModelAndView page(ProblemDetail problem, String path, HttpServletRequest request) {
		HttpStatus status = HttpStatus.valueOf(problem.getStatus());
		Map<String, Object> model = new HashMap<>(Map.of("status", status.value(), "title",
				String.valueOf(problem.getTitle()), "detail", problem.getDetail() == null ? "" : problem.getDetail(),
				"home", "/"));
		for (ErrorPageModel owner : owners) {
			String view = owner.view(path, model);
			if (view != null) {
				return new ModelAndView(view, model, status);
			}
		}
		ModelAndView page = new ModelAndView("error", model, status);
		ConsoleModel.addTo(page, request);
		return page;
	}
}
