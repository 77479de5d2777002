package app.clientele.accounts;

import java.util.List;

import app.clientele.platform.FieldProblem;
import app.clientele.platform.ProblemException;
import org.springframework.http.HttpStatus;

/** Account numbers are unique (whatever their letter case). */
public class AccountNumberTaken extends ProblemException {

	public AccountNumberTaken(String number) {
		super(HttpStatus.CONFLICT, "account-number-taken", "Account number taken",
				"Another account already has the number " + number + ".",
				List.of(new FieldProblem("number", "is already used by another account")));
	}
}
