package app.clientele.portal;

import java.util.UUID;

import app.clientele.platform.Actor;

/** Staff sent a contact with active access a set-new-password email. */
public record PortalSetPasswordSent(UUID contactId, String email, Actor actor) {
}
