package app.clientele.platform;

import java.io.Serializable;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who did something: a staff user, a contact in the portal, or the system itself. Recorded
 * with every change in the activity history.
 */
public record Actor(Kind kind, @Nullable UUID id, String name) implements Serializable {

	public enum Kind { STAFF, CONTACT, SYSTEM }

	public static final Actor SYSTEM = new Actor(Kind.SYSTEM, null, "system");

	/** A principal that can say who it is as an actor. */
	public interface Source {
		Actor actor();
	}

	/** The actor of the current request, or {@link #SYSTEM} outside of one. */
	public static Actor current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof Source source) {
			return source.actor();
		}
		return SYSTEM;
	}

	/** How the actor is shown in histories: "Ada Lovelace (staff)". */
	public String label() {
		return switch (kind) {
			case STAFF -> name + " (staff)";
			case CONTACT -> name + " (contact)";
			case SYSTEM -> "System";
		};
	}
}
