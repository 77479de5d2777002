package app.clientele.portal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import app.clientele.contacts.ContactHistory;
import app.clientele.contacts.ContactPortalStatus;
import org.springframework.stereotype.Component;

/** Tells contacts where each contact stands in the portal, and whether it has portal history. */
@Component
class PortalStatusSource implements ContactPortalStatus, ContactHistory {

	private final PortalAccesses accesses;

	PortalStatusSource(PortalAccesses accesses) {
		this.accesses = accesses;
	}

	@Override
	public Map<UUID, String> statuses(Collection<UUID> contactIds) {
		Map<UUID, String> names = new HashMap<>();
		accesses.statuses(contactIds).forEach((id, status) -> names.put(id, status.name()));
		return names;
	}

	@Override
	public String kind() {
		return "portal activity";
	}

	@Override
	public boolean exists(UUID contactId) {
		return accesses.everActive(contactId);
	}
}
