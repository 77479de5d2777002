package app.clientele.portal;

import java.util.UUID;

import app.clientele.platform.Actor;

/** A site-scoped access lost its sites (the contact moved to another account). */
public record PortalScopeReset(UUID contactId, String reason, Actor actor) {
}
