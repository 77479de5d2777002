package app.clientele.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A refused console form, as messages per field for the page to show next to each field.
 * A refusal not tied to one field is under {@value #FORM}. The messages are the person's, from
 * the catalogue (i18n/validation.properties) where the refusal names one, never the API's text
 * with a field path such as {@code phones[0].number} in it.
 */
public final class FormErrors {

	public static final String FORM = "form";

	private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

	private FormErrors() {
	}

	public static Map<String, String> of(ProblemException problem) {
		@Nullable MessageSource messages = messages();
		Map<String, String> errors = new LinkedHashMap<>();
		problem.errors().forEach(e -> errors.merge(e.field(), message(e, messages), (a, b) -> a));
		if (errors.isEmpty()) {
			errors.put(FORM, message(problem));
		}
		return errors;
	}

	/** The refusal as one sentence for a page: the catalogue's words when it names them, else its detail. */
	public static String message(ProblemException problem) {
		@Nullable MessageSource messages = messages();
		if (problem.errors().size() == 1) {
			return message(problem.errors().getFirst(), messages);
		}
		return resolve(messages, problem.personKey(), problem.personArguments(), problem.detail());
	}

	public static Map<String, String> none() {
		return Map.of();
	}

	private static String message(FieldProblem problem, @Nullable MessageSource messages) {
		String api = fieldName(problem.field(), messages) + " " + problem.message();
		return resolve(messages, problem.personKey(), problem.arguments(), api);
	}

	/** A field as a person names it: its label when it has one, else its path in words ("Phones 1 number"). */
	private static String fieldName(String field, @Nullable MessageSource messages) {
		Matcher index = INDEX.matcher(field);
		StringBuilder path = new StringBuilder();
		while (index.find()) {
			index.appendReplacement(path, " " + (Integer.parseInt(index.group(1)) + 1));
		}
		index.appendTail(path);
		String words = path.toString().replace('.', ' ').replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
		words = words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
		return messages == null ? words : messages.getMessage("label.field." + field, null, words, locale());
	}

	private static String resolve(@Nullable MessageSource messages, @Nullable String key, List<Object> arguments,
			String fallback) {
		if (messages == null || key == null) {
			return fallback;
		}
		return messages.getMessage(key, arguments.toArray(), fallback, locale());
	}

	/** The catalogue of the request being answered: pages are rendered while one is. */
	private static @Nullable MessageSource messages() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? RequestContextUtils.findWebApplicationContext(request.getRequest()) : null;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}
