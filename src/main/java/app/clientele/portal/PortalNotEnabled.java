package app.clientele.portal;

import app.clientele.platform.RuleViolation;

public class PortalNotEnabled extends RuleViolation {

	public PortalNotEnabled() {
		super("portal-not-enabled", "Portal access not enabled", "Enable portal access for this contact first.");
	}
}
