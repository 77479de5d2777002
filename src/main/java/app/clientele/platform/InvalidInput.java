package app.clientele.platform;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A request whose content breaks a rule of its fields: 400, naming each field at fault. */
public class InvalidInput extends ProblemException {

	public InvalidInput(List<FieldProblem> errors) {
		super(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", describe(errors), errors);
	}

	public InvalidInput(String field, String message) {
		this(List.of(new FieldProblem(field, message)));
	}

	private static String describe(List<FieldProblem> errors) {
		if (errors.size() == 1) {
			return errors.getFirst().field() + ": " + errors.getFirst().message();
		}
		return errors.size() + " fields are invalid";
	}
}
