package app.clientele.contacts;

import java.util.Set;
import java.util.UUID;

import app.clientele.staff.PortalPermission;
import org.jspecify.annotations.Nullable;

/**
 * The portal section of a new contact, passed on to the portal module in its
 * {@link ContactOnboarding}. Absent values take the defaults of the settings.
 */
public record PortalAccessRequest(boolean enabled, @Nullable Set<PortalPermission> permissions,
		@Nullable Boolean allSites, @Nullable Set<UUID> siteIds, boolean sendInvite) {
}
