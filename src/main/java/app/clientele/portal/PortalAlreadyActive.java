package app.clientele.portal;

import app.clientele.platform.RuleViolation;

public class PortalAlreadyActive extends RuleViolation {

	public PortalAlreadyActive() {
		super("portal-already-active", "Portal access already active", "This contact already activated portal access; send a set-new-password email instead of an invitation.");
	}
}
