package app.clientele.portal;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import app.clientele.platform.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * Who a portal session belongs to, as kept in the session. Everything else (permissions, scope,
 * whether access still stands) is read again on every request.
 */
public record PortalPrincipal(UUID contactId, String name, Instant authenticatedAt,
		PortalUser.@Nullable Impersonation impersonation) implements Actor.Source, AuthenticatedPrincipal, Serializable {

	@Override
	public Actor actor() {
		return impersonation == null ? new Actor(Actor.Kind.CONTACT, contactId, name)
				: new Actor(Actor.Kind.STAFF, impersonation.staffId(), impersonation.staffName());
	}

	@Override
	public String getName() {
		return "contact:" + contactId;
	}
}
