package app.clientele.portal;

import app.clientele.platform.RuleViolation;

public class PortalOffForClass extends RuleViolation {

	public PortalOffForClass() {
		super("portal-disabled-for-account-class", "Portal off for this account class", "The account class of this contact's account has the portal switched off.");
	}
}
