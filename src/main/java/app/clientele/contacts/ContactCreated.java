package app.clientele.contacts;

import app.clientele.accounts.AccountPortalRules;
import app.clientele.platform.Actor;
import org.jspecify.annotations.Nullable;

/**
 * A contact was created. Published inside the creating transaction, so listeners that write
 * (the history) commit or roll back with it. {@code account} is what its account (null for a
 * contact without one) said when the contact was created, read once in that transaction for
 * everyone. What the creator asked for besides the contact (a welcome email, portal access) is
 * no part of this fact: it is a {@link ContactOnboarding}, handed to the {@link ContactOnboardingStep}s.
 */
public record ContactCreated(Contact contact, @Nullable AccountPortalRules account, Actor actor) {
}
