package app.clientele.staff;

import app.clientele.platform.RuleViolation;

/** Disabling (or demoting) the last enabled ADMIN would lock everyone out of administration. */
public class LastAdminStays extends RuleViolation {

	public LastAdminStays() {
		super("last-admin", "Last admin", "This is the last enabled ADMIN; enable or create another ADMIN first.");
	}
}
