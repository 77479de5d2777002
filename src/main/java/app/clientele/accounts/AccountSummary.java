package app.clientele.accounts;

import java.time.Instant;
import java.util.UUID;

import app.clientele.platform.Versioned;
import org.jspecify.annotations.Nullable;

/** An account as lists show it, with the name of its class. */
public record AccountSummary(UUID id, String name, @Nullable String number, @Nullable UUID accountClassId,
		@Nullable String accountClassName, AccountStatus status, long version, Instant createdAt,
		Instant updatedAt) implements Versioned {
}
