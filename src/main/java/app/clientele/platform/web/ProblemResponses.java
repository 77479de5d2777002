package app.clientele.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.clientele.platform.FieldProblem;
import app.clientele.platform.FormErrors;
import app.clientele.platform.InvalidInput;
import app.clientele.platform.JsonProblems;
import app.clientele.platform.ProblemException;
import app.clientele.platform.TooManyAttempts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place exceptions become answers: problem details for API clients, the error page
 * with the same status for browsers. Nothing reaches a client as a stack trace; anything
 * unforeseen is a 500 that is logged here with its cause.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemResponses {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	private final ProblemJsonView view;
	private final ErrorPageView pages;

	ProblemResponses(JsonMapper json, ErrorPageView pages) {
		this.view = new ProblemJsonView(json);
		this.pages = pages;
	}

	@ExceptionHandler(ProblemException.class)
	ModelAndView problem(ProblemException e, HttpServletRequest request, HttpServletResponse response) {
		if (e instanceof TooManyAttempts t) {
			response.setHeader("Retry-After", Long.toString(Math.max(1, t.retryAfter().toSeconds())));
		}
		return answer(request, e);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ModelAndView unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
		return answer(request, JsonProblems.invalidInput(e));
	}

	@ExceptionHandler(BindException.class)
	ModelAndView invalid(BindException e, HttpServletRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		e.getFieldErrors().forEach(f -> errors.add(new FieldProblem(f.getField(), String.valueOf(f.getDefaultMessage()))));
		e.getGlobalErrors().forEach(g -> errors.add(new FieldProblem(g.getObjectName(), String.valueOf(g.getDefaultMessage()))));
		return answer(request, new InvalidInput(errors));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ModelAndView invalid(HandlerMethodValidationException e, HttpServletRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err -> errors.add(
				new FieldProblem(String.valueOf(r.getMethodParameter().getParameterName()),
						String.valueOf(err.getDefaultMessage())))));
		return answer(request, new InvalidInput(errors));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
		return answer(request, new InvalidInput(List.of(FieldProblem.of(e.getName(), "has the wrong format",
				"validation.format"))));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missing(MissingServletRequestParameterException e, HttpServletRequest request) {
		return answer(request, new InvalidInput(e.getParameterName(), "is required"));
	}

	@ExceptionHandler(MissingServletRequestPartException.class)
	ModelAndView missing(MissingServletRequestPartException e, HttpServletRequest request) {
		return answer(request, new InvalidInput(e.getRequestPartName(), "is required"));
	}

	/** A file upload sent without a multipart body (or a broken one): the file is what is missing. */
	@ExceptionHandler(MultipartException.class)
	ModelAndView notMultipart(MultipartException e, HttpServletRequest request) {
		return answer(request, new InvalidInput("file", "must be sent as multipart/form-data, the file in the part \"file\""));
	}

	@ExceptionHandler(MissingRequestHeaderException.class)
	ModelAndView missing(MissingRequestHeaderException e, HttpServletRequest request) {
		return answer(request, new InvalidInput(e.getHeaderName(), "header is required"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ModelAndView method(HttpRequestMethodNotSupportedException e, HttpServletRequest request,
			HttpServletResponse response) {
		if (e.getSupportedHttpMethods() != null) {
			response.setHeader("Allow", String.join(", ", e.getSupportedHttpMethods().stream().map(Object::toString).toList()));
		}
		return status(request, HttpStatus.METHOD_NOT_ALLOWED, "This resource does not support " + e.getMethod() + ".");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
		return status(request, HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than allowed.");
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, PessimisticLockingFailureException.class })
	ModelAndView concurrent(RuntimeException e, HttpServletRequest request) {
		log.debug("Concurrent change refused", e);
		return answer(request, Problems.of(HttpStatus.CONFLICT, "concurrent-change", "Concurrent change",
				"Someone else changed this at the same moment. Read it again and retry.", List.of(), Map.of()));
	}

	/** A database rule caught what the code's own checks missed (two requests racing): a conflict, not a crash. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ModelAndView integrity(DataIntegrityViolationException e, HttpServletRequest request) {
		log.warn("Database rule refused a change on {} {}: {}", request.getMethod(), request.getRequestURI(),
				e.getMostSpecificCause().getMessage());
		return answer(request, Problems.of(HttpStatus.CONFLICT, "conflict", "Conflict",
				"The change conflicts with another one made at the same moment. Read again and retry.", List.of(),
				Map.of()));
	}

	/** No controller and no static file serves the path (a signed-in caller's typo, an old bookmark). */
	@ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
	ModelAndView notFound(Exception e, HttpServletRequest request) {
		return status(request, HttpStatus.NOT_FOUND, "There is nothing at this address.");
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView denied(AccessDeniedException e, HttpServletRequest request) {
		return status(request, HttpStatus.FORBIDDEN, "Your role does not allow this.");
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception e, HttpServletRequest request) {
		if (e instanceof ErrorResponse error) {
			HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
			if (status != null && !status.is5xxServerError()) {
				return status(request, status, error.getBody().getDetail());
			}
		}
		log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
		return status(request, HttpStatus.INTERNAL_SERVER_ERROR,
				"Something went wrong on our side. It has been logged; please try again.");
	}

	private ModelAndView status(HttpServletRequest request, HttpStatus status, @org.jspecify.annotations.Nullable String detail) {
		return answer(request, Problems.of(status, Problems.slugFor(status), status.getReasonPhrase(), detail,
				List.of(), Map.of()));
	}

	/** The API client reads the problem's detail; a person on a page reads the catalogue's words for it. */
	private ModelAndView answer(HttpServletRequest request, ProblemException e) {
		String detail = Problems.wantsJson(request) ? e.detail() : FormErrors.message(e);
		return answer(request, Problems.of(e.status(), e.slug(), e.title(), detail, e.errors(), e.properties()));
	}

	private ModelAndView answer(HttpServletRequest request, ProblemDetail problem) {
		HttpStatus status = HttpStatus.valueOf(problem.getStatus());
		if (Problems.wantsJson(request)) {
			return view.answer(problem);
		}
		return pages.page(problem, request.getRequestURI().substring(request.getContextPath().length()), request);
	}
}
