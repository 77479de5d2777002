package app.clientele.staff;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import app.clientele.platform.Versioned;

/** A staff user as others see it (never with the password hash). */
public record StaffMember(UUID id, String email, String name, Set<Role> roles, boolean enabled, Instant createdAt,
		Instant updatedAt, long version) implements Versioned {
}
