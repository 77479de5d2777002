package app.clientele.contacts;

import app.clientele.platform.RuleViolation;

/** The only active contact of an account stays its primary contact. */
public class PrimaryRequired extends RuleViolation {

	public PrimaryRequired() {
		super("primary-required", "Primary contact required",
				"This is the only active contact of its account, so it stays the primary contact. "
						+ "Make another contact primary instead.");
	}
}
