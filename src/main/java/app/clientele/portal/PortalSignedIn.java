package app.clientele.portal;

import java.util.UUID;

import app.clientele.platform.Actor;

/** The contact signed into the portal with its password. */
public record PortalSignedIn(UUID contactId, Actor actor) {
}
