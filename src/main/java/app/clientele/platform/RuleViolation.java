package app.clientele.platform;

import org.springframework.http.HttpStatus;

/** A request that is well formed but conflicts with a business rule: 409 with its own slug. */
public abstract class RuleViolation extends ProblemException {

	protected RuleViolation(String slug, String title, String detail) {
		super(HttpStatus.CONFLICT, slug, title, detail);
	}
}
