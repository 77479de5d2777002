package app.clientele.contacts;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Where contacts stand in the portal, for the read-only {@code portalStatus} of a contact. The
 * portal module provides it; without it every contact is {@value #NOT_INVITED}.
 */
public interface ContactPortalStatus {

	String NOT_INVITED = "NOT_INVITED";

	Map<UUID, String> statuses(Collection<UUID> contactIds);
}
