package app.clientele.portal;

import java.util.UUID;

import app.clientele.platform.Actor;
import org.jspecify.annotations.Nullable;

/** A staff user opened a read-only portal session as the contact through an impersonation link. */
public record PortalImpersonated(UUID contactId, @Nullable String reason, @Nullable String staffName, Actor actor) {
}
