package app.clientele.contacts;

import java.util.List;

import app.clientele.platform.FieldProblem;
import app.clientele.platform.ProblemException;
import org.springframework.http.HttpStatus;

/** With the company-first setting on, every contact belongs to an account. */
public class AccountRequired extends ProblemException {

	public AccountRequired() {
		super(HttpStatus.CONFLICT, "company-first", "Account required",
				"Company first is on: create the contact under its account, and move it rather than unlink it.",
				List.of(new FieldProblem("accountId", "is required while company first is on")));
	}
}
