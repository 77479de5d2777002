package app.clientele.accounts.web;

import java.time.Instant;
import java.util.UUID;

import app.clientele.accounts.Site;
import app.clientele.platform.Versioned;
import org.jspecify.annotations.Nullable;

record SiteResponse(UUID id, UUID accountId, String name, @Nullable String address, long version, Instant createdAt,
		Instant updatedAt) implements Versioned {

	static SiteResponse of(Site s) {
		return new SiteResponse(s.id(), s.accountId(), s.name(), s.address(), s.version(), s.createdAt(), s.updatedAt());
	}
}
