package app.clientele.portal;

import app.clientele.platform.RuleViolation;

public class PortalEmailMissing extends RuleViolation {

	public PortalEmailMissing() {
		super("portal-email-required", "Email required", "Portal access needs the contact's own valid email address.");
	}
}
