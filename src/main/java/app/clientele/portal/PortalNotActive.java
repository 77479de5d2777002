package app.clientele.portal;

import app.clientele.platform.RuleViolation;

public class PortalNotActive extends RuleViolation {

	public PortalNotActive() {
		super("portal-not-active", "Portal access not active", "This contact has not activated portal access yet; send an invitation instead.");
	}
}
