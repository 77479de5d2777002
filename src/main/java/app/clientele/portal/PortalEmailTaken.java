package app.clientele.portal;

import app.clientele.platform.RuleViolation;

public class PortalEmailTaken extends RuleViolation {

	public PortalEmailTaken() {
		super("portal-email-taken", "Email already a portal login", "Another portal login already uses this email: one email per person.");
	}
}
