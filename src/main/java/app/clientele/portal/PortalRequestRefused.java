package app.clientele.portal;

import java.util.UUID;

import app.clientele.platform.Actor;

/**
 * Someone asked for a link on this contact's behalf after its access ended for good; nothing was
 * sent (the asker's answer stays the same).
 */
public record PortalRequestRefused(UUID contactId, Request request, Ended ended, Actor actor) {

	/** What was asked for. */
	public enum Request {
		SELF_REGISTRATION, FORGOT_PASSWORD, LOGIN_REQUEST
	}

	/** Why access has ended. */
	public enum Ended {
		ARCHIVED, REVOKED
	}
}
