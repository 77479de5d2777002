package app.clientele.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A refusal that becomes an RFC 9457 problem: a status, a stable type slug (the last segment of
 * the problem's {@code type}), a title, a detail for people, and optionally the fields at fault
 * and further properties (for example the candidates of a duplicate).
 * Modules extend it with exceptions named as facts ({@code AccountNotFound}).
 */
public abstract class ProblemException extends RuntimeException {

	private final HttpStatus status;
	private final String slug;
	private final String title;
	private final List<FieldProblem> errors;
	private final Map<String, Object> properties = new LinkedHashMap<>();
	private @Nullable String personKey;
	private List<Object> personArguments = List.of();

	protected ProblemException(HttpStatus status, String slug, String title, String detail) {
		this(status, slug, title, detail, List.of());
	}

	protected ProblemException(HttpStatus status, String slug, String title, String detail, List<FieldProblem> errors) {
		super(detail, null, false, false);
		this.status = status;
		this.slug = slug;
		this.title = title;
		this.errors = List.copyOf(errors);
	}

	protected final void property(String name, Object value) {
		properties.put(name, value);
	}

	/**
	 * The catalogue's message a console or portal page shows instead of {@link #detail()}, which
	 * is written for API clients ({@link FormErrors}).
	 */
	protected final void forPeople(String key, Object... arguments) {
		personKey = key;
		personArguments = List.of(arguments);
	}

	public @Nullable String personKey() {
		return personKey;
	}

	public List<Object> personArguments() {
		return personArguments;
	}

	public HttpStatus status() {
		return status;
	}

	public String slug() {
		return slug;
	}

	public String title() {
		return title;
	}

	public String detail() {
		return getMessage();
	}

	public List<FieldProblem> errors() {
		return errors;
	}

	public Map<String, Object> properties() {
		return Map.copyOf(properties);
	}
}
