package app.clientele.staff;

/** The portal modules a contact may use. Defaults for new portal users are a setting. */
public enum PortalPermission {
	INVOICES, ESTIMATES, CONTRACTS, PROPOSALS, SUPPORT, PROJECTS
}
