package app.clientele.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import tools.jackson.databind.json.JsonMapper;

/** Writes a problem detail as {@code application/problem+json}. */
final class ProblemJsonView implements View {

	static final String PROBLEM = "problem";

	private final JsonMapper json;

	ProblemJsonView(JsonMapper json) {
		this.json = json;
	}

	ModelAndView answer(ProblemDetail problem) {
		ModelAndView mav = new ModelAndView(this, Map.of(PROBLEM, problem));
		mav.setStatus(org.springframework.http.HttpStatus.valueOf(problem.getStatus()));
		return mav;
	}

	@Override
	public String getContentType() {
		return MediaType.APPLICATION_PROBLEM_JSON_VALUE;
	}

	@Override
	public void render(@org.jspecify.annotations.Nullable Map<String, ?> model, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		write((ProblemDetail) model.get(PROBLEM), response);
	}

	/** Writes the problem as the whole answer, for those that answer outside a view (a filter). */
	void write(ProblemDetail problem, HttpServletResponse response) throws java.io.IOException {
		response.setStatus(problem.getStatus());
		response.setContentType(getContentType());
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}
}
