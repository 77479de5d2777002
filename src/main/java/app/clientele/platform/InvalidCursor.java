package app.clientele.platform;

import java.util.List;

import org.springframework.http.HttpStatus;

/** An {@code after} that is not a cursor the list handed out (garbled, forged or of another list): 400. */
public class InvalidCursor extends ProblemException {

	public InvalidCursor() {
		super(HttpStatus.BAD_REQUEST, "invalid-cursor", "Invalid cursor", "after: is not a cursor this list handed out",
				List.of(new FieldProblem("after", "is not a cursor this list handed out")));
	}
}
