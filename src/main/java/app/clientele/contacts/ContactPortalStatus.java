package app.clientele.contacts;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where contacts stand in the portal, for the read-only {@code portalStatus} of a contact. The
 * portal module provides it; without it every contact is {@value #NOT_INVITED}.
 */
public interface ContactPortalStatus {

	String NOT_INVITED = "NOT_INVITED";

	/**
	 * Every status, for the {@code portalStatus} filter of contact lists: the portal's own
	 * {@code PortalStatus}, which contacts cannot name (the portal depends on contacts); a portal
	 * test keeps the two the same.
	 */
	List<String> STATUSES = List.of(NOT_INVITED, "INVITED", "EXPIRED", "ACTIVE", "REVOKED");

	Map<UUID, String> statuses(Collection<UUID> contactIds);
}
