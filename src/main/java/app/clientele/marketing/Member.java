package app.clientele.marketing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A contact on a list. */
public record Member(UUID contactId, String name, @Nullable String email, boolean active, Instant addedAt,
		String addedBy) {
}
