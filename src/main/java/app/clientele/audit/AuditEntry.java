package app.clientele.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the trail. {@code actorKind} is STAFF, SYSTEM or UNKNOWN (a refused sign-in, named
 * by the email typed); the target is what the action was done to, when it was done to something.
 */
public record AuditEntry(UUID id, long seq, Instant at, String actorKind, @Nullable UUID actorId, String actorName,
		AuditAction action, @Nullable String targetType, @Nullable String targetId, @Nullable String targetLabel,
		@Nullable String ip, Map<String, Object> details) {

	/** How the actor is shown: "Ada Lovelace (staff)". */
	public String actorLabel() {
		return switch (actorKind) {
			case "STAFF" -> actorName + " (staff)";
			case "SYSTEM" -> "System";
			default -> actorName;
		};
	}
}
