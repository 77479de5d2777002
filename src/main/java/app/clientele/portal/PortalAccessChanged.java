package app.clientele.portal;

import java.util.Set;
import java.util.UUID;

import app.clientele.platform.Actor;
import app.clientele.staff.PortalPermission;

/** Staff set a contact's portal access (enabled) to these permissions and this site scope. */
public record PortalAccessChanged(UUID contactId, Set<PortalPermission> permissions, boolean allSites, Actor actor) {
}
