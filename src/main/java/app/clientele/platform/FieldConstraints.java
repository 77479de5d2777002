package app.clientele.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/**
 * The one way a module API checks the field limits of a request: the Bean Validation constraints
 * declared on the request record, turned into {@link InvalidInput} naming each field as clients
 * send it ({@code name}, {@code phones[1].number}). Rules across fields or needing the database
 * stay hand-written in the module and are passed in, so every problem is still reported at once,
 * in the order the record declares its fields.
 */
@Component
public class FieldConstraints {

	private final Validator validator;

	public FieldConstraints(Validator validator) {
		this.validator = validator;
	}

	/** The request, when its constraints hold; or {@link InvalidInput} naming every field at fault. */
	public <T> T valid(T request) {
		return valid(request, List.of());
	}

	/** As {@link #valid(Object)}, also refusing the {@code acrossFields} problems the module found itself. */
	public <T> T valid(T request, List<FieldProblem> acrossFields) {
		List<FieldProblem> problems = problems(request, acrossFields);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return request;
	}

	List<FieldProblem> problems(Object request, List<FieldProblem> acrossFields) {
		List<FieldProblem> problems = new ArrayList<>(validator.validate(request).stream()
				.map(FieldConstraints::problem)
				.sorted(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message))
				.toList());
		problems.addAll(acrossFields);
		List<String> order = declared(request.getClass());
		// a stable sort: within one field, constraint problems come before the module's own
		problems.sort(Comparator.comparingInt(p -> position(order, p.field())));
		return problems.stream().distinct().toList();
	}

	private static FieldProblem problem(ConstraintViolation<?> violation) {
		return new FieldProblem(field(violation.getPropertyPath()), violation.getMessage());
	}

	/** {@code phones[1].number}: the path as the JSON body spells it, without container nodes such as {@code <list element>}. */
	private static String field(Path path) {
		return path.toString().replaceAll("\\.?<[^>]+>", "");
	}

	private static List<String> declared(Class<?> type) {
		return type.isRecord() ? Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList() : List.of();
	}

	private static int position(List<String> order, String field) {
		int end = field.indexOf('[') >= 0 ? field.indexOf('[') : field.indexOf('.');
		int index = order.indexOf(end < 0 ? field : field.substring(0, end));
		return index < 0 ? order.size() : index;
	}
}
