package app.clientele.accounts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an account's status and class say about the portal for its contacts. An account
 * without a class follows the defaults of a new class: portal on, no automatic invitation,
 * no self-registration.
 */
public record AccountPortalRules(UUID accountId, String accountName, boolean accountActive,
		@Nullable UUID accountClassId, boolean portalEnabled, boolean autoSendPortalInvite,
		boolean allowInvoiceVerifiedSelfRegistration) {
}
