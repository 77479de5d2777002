package app.clientele.jobs;

import java.util.Collection;
import java.util.Set;

import app.clientele.platform.Actor;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who a job's chunks run as: the staff member who started it, with the roles they had then, so
 * every rule the handler's module APIs check (roles, the actor recorded in history) holds as if
 * they did each item themselves.
 */
final class JobPrincipal extends AbstractAuthenticationToken {

	private final Actor actor;

	JobPrincipal(Actor actor, Set<String> roles) {
		super(authorities(roles));
		this.actor = actor;
		setAuthenticated(true);
	}

	private static Collection<SimpleGrantedAuthority> authorities(Set<String> roles) {
		return roles.stream().map(SimpleGrantedAuthority::new).toList();
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return (Actor.Source) () -> actor;
	}
}
