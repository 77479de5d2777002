package app.clientele.portal;

import java.util.Set;
import java.util.UUID;

import app.clientele.staff.PortalPermission;
import org.jspecify.annotations.Nullable;

/** What staff set for a contact's portal access. Absent permissions take the defaults of the settings. */
public record PortalSettings(boolean enabled, @Nullable Set<PortalPermission> permissions, boolean allSites,
		@Nullable Set<UUID> siteIds) {
}
