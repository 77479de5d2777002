package app.clientele.portal;

import java.util.UUID;

import app.clientele.platform.Actor;

/** An invitation to the portal was queued for {@code email}; the previous one, if any, died. */
public record PortalInvited(UUID contactId, String email, Occasion occasion, Actor actor) {

	public enum Occasion {
		/** The contact's first invitation. */
		FIRST,
		/** Staff sent it again while the contact was still invited. */
		RESENT,
		/** The invited contact asked for a new link on "forgot your password". */
		ON_REQUEST
	}
}
