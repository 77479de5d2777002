package app.clientele.portal;

import java.util.UUID;

import app.clientele.platform.Actor;

/** A reset link was sent to a contact with active access who asked for one. */
public record PortalPasswordResetRequested(UUID contactId, Actor actor) {
}
