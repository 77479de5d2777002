package app.clientele.portal;

/** Where a contact stands in the portal. EXPIRED: invited, but the link ran out before use. */
public enum PortalStatus {
	NOT_INVITED, INVITED, EXPIRED, ACTIVE, REVOKED
}
