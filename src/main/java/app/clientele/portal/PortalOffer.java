package app.clientele.portal;

import org.jspecify.annotations.Nullable;

/**
 * The portal actions staff are offered for a contact now, decided by the same rules that refuse
 * them ({@link PortalEligibility}, the status): a page offers only what would be carried out.
 *
 * @param edit change modules and scope (or switch access on)
 * @param invite send or resend the invitation
 * @param sendPassword send a set-new-password email
 * @param revoke end access
 * @param impersonate open a read-only portal session (ADMIN)
 * @param unavailable why access cannot be given, as the problem's slug (null: it can)
 */
public record PortalOffer(boolean edit, boolean invite, boolean sendPassword, boolean revoke, boolean impersonate,
		@Nullable String unavailable) {
}
