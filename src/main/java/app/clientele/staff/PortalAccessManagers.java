package app.clientele.staff;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The roles that manage portal access (invite, permissions, revoke, and grant at creation), kept
 * in one place: the URL rules of the portal endpoints use it, and so do the checks inside requests
 * that every role may make but that can carry a grant (a new contact with a portal section).
 */
public final class PortalAccessManagers {

	private static final Set<Role> ROLES = EnumSet.of(Role.ADMIN, Role.MANAGER, Role.SALES);

	private PortalAccessManagers() {
	}

	/** The role names, for URL rules. */
	public static String[] roles() {
		return Role.names(ROLES.toArray(Role[]::new));
	}

	/** Whether the staff user of the current request holds a role that manages portal access. */
	public static boolean currentUserIsOne() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return false;
		}
		for (GrantedAuthority authority : auth.getAuthorities()) {
			for (Role role : ROLES) {
				if (("ROLE_" + role.name()).equals(authority.getAuthority())) {
					return true;
				}
			}
		}
		return false;
	}
}
