package app.clientele.portal;

import app.clientele.platform.RuleViolation;

public class AccountInactive extends RuleViolation {

	public AccountInactive() {
		super("account-inactive", "Account inactive", "The contact's account is inactive; activate it before granting portal access.");
	}
}
