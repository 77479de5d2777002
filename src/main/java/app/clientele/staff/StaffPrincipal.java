package app.clientele.staff;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

import app.clientele.platform.Actor;
import org.springframework.security.core.AuthenticatedPrincipal;

/** The signed-in staff user of a request (API token or console session). */
public record StaffPrincipal(UUID id, String email, String name, Set<Role> roles) implements Actor.Source, AuthenticatedPrincipal, Serializable {

	/** The sign-in name; also how sessions are indexed, so that disabling a user can end them. */
	@Override
	public String getName() {
		return email;
	}

	@Override
	public Actor actor() {
		return new Actor(Actor.Kind.STAFF, id, name);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}
}
