package app.clientele.accounts;

/** The editable part of an account class. */
public record AccountClassDetails(String name, boolean portalEnabled, boolean autoSendPortalInvite,
		boolean allowInvoiceVerifiedSelfRegistration) {
}
