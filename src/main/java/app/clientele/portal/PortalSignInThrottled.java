package app.clientele.portal;

import java.util.UUID;

import app.clientele.platform.Actor;

/** A sign-in to this contact's login was refused: too many failed attempts. */
public record PortalSignInThrottled(UUID contactId, Actor actor) {
}
