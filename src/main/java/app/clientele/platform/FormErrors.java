package app.clientele.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A refused console form, as messages per field for the page to show next to each field.
 * A refusal not tied to one field is under {@value #FORM}.
 */
public final class FormErrors {

	public static final String FORM = "form";

	private FormErrors() {
	}

	public static Map<String, String> of(ProblemException problem) {
		Map<String, String> errors = new LinkedHashMap<>();
		problem.errors().forEach(e -> errors.merge(e.field(), capitalize(e.field(), e.message()), (a, b) -> a));
		if (errors.isEmpty()) {
			errors.put(FORM, problem.detail());
		}
		return errors;
	}

	public static Map<String, String> none() {
		return Map.of();
	}

	private static String capitalize(String field, String message) {
		String name = field.replaceAll("([A-Z])", " $1").toLowerCase(java.util.Locale.ROOT);
		name = name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
		return name + " " + message;
	}
}
