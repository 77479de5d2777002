package app.clientele.portal;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.clientele.staff.PortalPermission;
import org.jspecify.annotations.Nullable;

/**
 * The contact signed into the portal, as of this request: permissions and scope are read fresh
 * on every request, so a change applies to the very next one.
 */
public record PortalUser(UUID contactId, UUID accountId, String name, String email, String accountName,
		Set<PortalPermission> permissions, boolean allSites, List<Site> sites, @Nullable Impersonation impersonation) {

	/** A site this contact may see. */
	public record Site(UUID id, String name) {
	}

	/** A read-only session an ADMIN opened as this contact. */
	public record Impersonation(UUID staffId, String staffName, String reason, Instant startedAt, Instant endsAt)
			implements java.io.Serializable {
	}

	public boolean impersonated() {
		return impersonation != null;
	}

	public boolean may(PortalPermission permission) {
		return permissions.contains(permission);
	}

	/** Whether an item of the account is in scope: account-wide items (no site) always, site items by scope. */
	public boolean sees(@Nullable UUID siteId) {
		return siteId == null || allSites || sites.stream().anyMatch(s -> s.id().equals(siteId));
	}
}
