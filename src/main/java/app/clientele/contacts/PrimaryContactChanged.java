package app.clientele.contacts;

import java.util.UUID;

import app.clientele.platform.Actor;
import org.jspecify.annotations.Nullable;

/**
 * The primary contact of an account changed: made by staff, or promoted because the previous
 * one was archived, deleted or moved away.
 */
public record PrimaryContactChanged(UUID accountId, UUID primaryContactId, @Nullable UUID previousPrimaryId,
		Reason reason, Actor actor) {

	public enum Reason { FIRST_CONTACT, MADE_PRIMARY, PROMOTED }
}
