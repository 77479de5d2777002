package app.clientele.staff;

import app.clientele.platform.ProblemException;
import org.springframework.http.HttpStatus;

/** Sign-in refused. The same for an unknown email, a wrong password or a disabled user. */
public class InvalidCredentials extends ProblemException {

	public InvalidCredentials() {
		super(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid credentials",
				"The email or the password is wrong.");
	}
}
