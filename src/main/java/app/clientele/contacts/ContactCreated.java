package app.clientele.contacts;

import app.clientele.accounts.AccountPortalRules;
import app.clientele.platform.Actor;
import org.jspecify.annotations.Nullable;

/**
 * A contact was created. Published inside the creating transaction, so listeners that write
 * (history, outbox, portal access) commit or roll back with it. {@code account} is what its
 * account (null for a contact without one) said when the contact was created, read once in that
 * transaction for everyone: its name for the history and the welcome email, its status and class
 * rules for the portal.
 */
public record ContactCreated(Contact contact, @Nullable AccountPortalRules account, boolean sendWelcomeEmail,
		@Nullable PortalAccessRequest portal, Actor actor) {
}
