package app.clientele.contacts;

import app.clientele.platform.Actor;
import org.jspecify.annotations.Nullable;

/**
 * A contact was created. Published inside the creating transaction, so listeners that write
 * (history, outbox, portal access) commit or roll back with it.
 */
public record ContactCreated(Contact contact, boolean sendWelcomeEmail, @Nullable PortalAccessRequest portal,
		Actor actor) {
}
