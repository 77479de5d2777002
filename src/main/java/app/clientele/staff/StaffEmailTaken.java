package app.clientele.staff;

import java.util.List;

import app.clientele.platform.FieldProblem;
import app.clientele.platform.ProblemException;
import org.springframework.http.HttpStatus;

/** Another staff user already signs in with this email. */
public class StaffEmailTaken extends ProblemException {

	public StaffEmailTaken(String email) {
		super(HttpStatus.CONFLICT, "staff-email-taken", "Email already used",
				"Another staff user already signs in with " + email + ".",
				List.of(new FieldProblem("email", "is already used by another staff user")));
	}
}
