package app.clientele.platform;

import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns a JSON binding failure into a 400 that names the field, never into a stack trace. */
public final class JsonProblems {

	private JsonProblems() {
	}

	public static InvalidInput invalidInput(Throwable failure) {
		Throwable cause = failure;
		while (cause != null && !(cause instanceof JacksonException)) {
			cause = cause.getCause();
		}
		if (!(cause instanceof JacksonException e)) {
			return new InvalidInput("body", "is not valid JSON");
		}
		String path = path(e);
		if (e instanceof UnrecognizedPropertyException u) {
			return new InvalidInput(path.isEmpty() ? u.getPropertyName() : path, "is not a known field");
		}
		if (e instanceof InvalidFormatException f) {
			Class<?> target = f.getTargetType();
			if (target != null && target.isEnum()) {
				String allowed = java.util.Arrays.stream(target.getEnumConstants()).map(Object::toString)
						.collect(Collectors.joining(", "));
				return new InvalidInput(path, "must be one of " + allowed);
			}
			return new InvalidInput(path, "has the wrong format");
		}
		if (e instanceof MismatchedInputException m) {
			return new InvalidInput(path.isEmpty() ? "body" : path, "has the wrong type");
		}
		if (e instanceof DatabindException && !path.isEmpty()) {
			return new InvalidInput(path, "is invalid");
		}
		return new InvalidInput("body", "is not valid JSON");
	}

	private static String path(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference ref : e.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.toString();
	}
}
