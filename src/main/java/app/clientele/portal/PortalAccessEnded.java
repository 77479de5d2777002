package app.clientele.portal;

import app.clientele.platform.RuleViolation;

/** A login request would reuse a contact whose portal access ended: only an invitation brings it back. */
public class PortalAccessEnded extends RuleViolation {

	public PortalAccessEnded() {
		super("portal-access-ended", "Portal access ended",
				"This person's portal access was revoked or their contact is archived; a login request does not bring it back. "
						+ "Reject the request, and invite them from their contact page if they should have access again.");
	}
}
