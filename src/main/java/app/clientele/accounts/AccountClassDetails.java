package app.clientele.accounts;

import app.clientele.platform.Printable;
import app.clientele.platform.TextLimit;
import jakarta.validation.constraints.NotBlank;

/** The editable part of an account class. */
public record AccountClassDetails(
		@NotBlank(message = "is required") @TextLimit(max = 100, message = NAME_RULE)
		@Printable(message = NAME_RULE) String name, boolean portalEnabled, boolean autoSendPortalInvite,
		boolean allowInvoiceVerifiedSelfRegistration) {

	static final String NAME_RULE = "must be at most 100 printable characters";
}
