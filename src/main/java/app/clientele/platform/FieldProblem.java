package app.clientele.platform;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.jspecify.annotations.Nullable;

/**
 * One field of a request that was refused, and why: an entry of a problem's {@code errors}.
 * {@code message} is the API's text; {@code personKey} (with its {@code arguments}) names the
 * catalogue's message a console or portal page shows instead ({@link FormErrors}). The key and
 * its arguments stay out of the problem details.
 */
public record FieldProblem(String field, String message, @JsonIgnore @Nullable String personKey,
		@JsonIgnore List<Object> arguments) {

	public FieldProblem(String field, String message) {
		this(field, message, null, List.of());
	}

	public FieldProblem {
		arguments = List.copyOf(arguments);
	}

	/** A problem whose page message is {@code personKey} of the catalogue, filled with {@code arguments}. */
	public static FieldProblem of(String field, String message, String personKey, Object... arguments) {
		return new FieldProblem(field, message, personKey, List.of(arguments));
	}
}
