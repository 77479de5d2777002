package app.clientele.portal;

import java.util.UUID;

import app.clientele.platform.Actor;
import org.jspecify.annotations.Nullable;

/** Portal access ended: sessions and open links. {@code reason} when the contact's own change caused it. */
public record PortalRevoked(UUID contactId, @Nullable String reason, Actor actor) {
}
