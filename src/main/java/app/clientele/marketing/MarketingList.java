package app.clientele.marketing;

import java.time.Instant;
import java.util.UUID;

import app.clientele.platform.Versioned;

public record MarketingList(UUID id, String name, long members, String createdBy, Instant createdAt, long version)
		implements Versioned {
}
