package app.clientele.portal;

import java.util.UUID;

import app.clientele.platform.Actor;

/** The contact's email changed, and with it the login of its portal access. */
public record PortalLoginEmailChanged(UUID contactId, String email, Actor actor) {
}
