package app.clientele.portal;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import app.clientele.platform.Versioned;
import app.clientele.staff.PortalPermission;
import org.jspecify.annotations.Nullable;

/** A contact's portal access as staff see it. */
public record PortalAccessView(UUID contactId, boolean enabled, PortalStatus status, Set<PortalPermission> permissions,
		boolean allSites, Set<UUID> siteIds, @Nullable Instant invitedAt, @Nullable Instant activatedAt,
		@Nullable Instant lastLoginAt, long version) implements Versioned {
}
