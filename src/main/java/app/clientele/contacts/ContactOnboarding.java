package app.clientele.contacts;

import app.clientele.accounts.AccountPortalRules;
import app.clientele.platform.Actor;
import org.jspecify.annotations.Nullable;

/**
 * What the creator of a contact asked for besides the contact itself: the welcome email
 * ({@code sendWelcomeEmail}, staff may untick it) and portal access ({@code portal}, null when
 * the create had no portal section). A request for the modules that do it, not an event: see
 * {@link ContactOnboardingStep}. {@code account} is the same read of the account as in
 * {@link ContactCreated}. {@code automaticInvitation} false: the account class's automatic
 * invitation does not go (see {@link NewContact}).
 */
public record ContactOnboarding(Contact contact, @Nullable AccountPortalRules account, boolean sendWelcomeEmail,
		@Nullable PortalAccessRequest portal, boolean automaticInvitation, Actor actor) {
}
