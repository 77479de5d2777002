package app.clientele.portal;

import java.util.UUID;

import app.clientele.contacts.Contact;
import app.clientele.platform.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Access ends for good: an archived contact or a REVOKED login never gets a link from anything a
 * person asks for themselves (self-registration, a login request, "forgot password"), and a
 * login request approval does not reuse them. Only staff who may manage portal access invite
 * again. The asker's answer stays the same; the attempt goes on the contact's timeline.
 */
@Component
class EndedAccess {

	private final PortalAccesses accesses;
	private final PortalClock clock;
	private final ApplicationEventPublisher events;

	EndedAccess(PortalAccesses accesses, PortalClock clock, ApplicationEventPublisher events) {
		this.accesses = accesses;
		this.clock = clock;
		this.events = events;
	}

	/** Why this contact's access has ended ("archived", "revoked"), or null when it has not. */
	@Nullable String why(Contact contact) {
		if (!contact.active()) {
			return "archived";
		}
		return accesses.find(contact.id()).filter(a -> a.status(clock.now()) == PortalStatus.REVOKED)
				.map(a -> "revoked").orElse(null);
	}

	/** Puts an attempt that was not followed on the timeline of every revoked login with this email. */
	void refusedForEmail(String email, PortalRequestRefused.Request request) {
		for (UUID contactId : accesses.revokedWithLoginEmail(email)) {
			refused(contactId, request, "revoked");
		}
	}

	void refused(UUID contactId, PortalRequestRefused.Request request, String why) {
		PortalRequestRefused.Ended ended = why.equals("archived") ? PortalRequestRefused.Ended.ARCHIVED
				: PortalRequestRefused.Ended.REVOKED;
		events.publishEvent(new PortalRequestRefused(contactId, request, ended, Actor.SYSTEM));
	}
}
