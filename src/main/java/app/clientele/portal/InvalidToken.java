package app.clientele.portal;

import java.util.List;

import app.clientele.platform.FieldProblem;
import app.clientele.platform.ProblemException;
import org.springframework.http.HttpStatus;

/** A link token that is unknown, used, expired or dead: the same answer for each. */
public class InvalidToken extends ProblemException {

	public InvalidToken() {
		super(HttpStatus.BAD_REQUEST, "invalid-token", "Invalid or expired link",
				"This link is no longer valid. Ask for a new one.", List.of(new FieldProblem("token", "is no longer valid")));
	}
}
