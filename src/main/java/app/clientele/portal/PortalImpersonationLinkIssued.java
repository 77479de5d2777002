package app.clientele.portal;

import java.time.Instant;
import java.util.UUID;

import app.clientele.platform.Actor;

/** An ADMIN took a link to see the portal as the contact, saying why; the link works once, until {@code expiresAt}. */
public record PortalImpersonationLinkIssued(UUID contactId, String reason, String staffName, Actor actor,
		Instant expiresAt) {
}
