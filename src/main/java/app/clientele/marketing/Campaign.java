package app.clientele.marketing;

import java.time.Instant;
import java.util.UUID;

import app.clientele.platform.Versioned;
import org.jspecify.annotations.Nullable;

/** A campaign with where its sending stands: recipients queued, sent, failed. */
public record Campaign(UUID id, String name, UUID listId, String subject, String body, String status,
		String createdBy, Instant createdAt, @Nullable Instant sendingAt, @Nullable Instant completedAt, long queued,
		long sent, long failed, long version) implements Versioned {
}
