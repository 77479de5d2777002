package app.clientele.activity;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import app.clientele.platform.Actor;

/** One entry of a contact's timeline. */
public record ActivityEntry(UUID id, UUID contactId, Instant at, Actor actor, String type,
		Map<String, Object> details) {

	/** What the entry is about: staff's comment, an email, the portal, or a change. */
	public ActivityKind kind() {
		return ActivityKind.of(type);
	}
}
