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

	/** A row of {@code AccountManagement}'s portal rules query. */
	static AccountPortalRules of(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		UUID classId = rs.getObject("class_id", UUID.class);
		return new AccountPortalRules(rs.getObject("id", UUID.class), rs.getString("name"),
				AccountStatus.valueOf(rs.getString("status")) == AccountStatus.ACTIVE, classId,
				classId == null || rs.getBoolean("portal_enabled"),
				classId != null && rs.getBoolean("auto_send_portal_invite"),
				classId != null && rs.getBoolean("allow_invoice_verified_self_registration"));
	}
}
