package app.clientele.accounts;

import java.util.List;

import app.clientele.platform.FieldProblem;
import app.clientele.platform.ProblemException;
import org.springframework.http.HttpStatus;

public class AccountClassNameTaken extends ProblemException {

	public AccountClassNameTaken(String name) {
		super(HttpStatus.CONFLICT, "account-class-name-taken", "Account class name taken",
				"Another account class is already called " + name + ".",
				List.of(new FieldProblem("name", "is already used by another account class")));
	}
}
