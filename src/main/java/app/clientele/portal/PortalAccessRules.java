package app.clientele.portal;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import app.clientele.platform.AccessRules;
import app.clientele.staff.PortalAccessManagers;
import app.clientele.staff.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Staff: every role sees portal status; ADMIN, MANAGER and SALES manage access; only ADMIN
 * impersonates. Contacts: the sign-in, link and reset pages are open, the rest needs a portal session.
 */
@Component
class PortalAccessRules implements AccessRules {

	private static final String[] MANAGERS = PortalAccessManagers.roles();

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(GET, "/api/v1/contacts/{id}/portal").hasAnyRole(Role.all())
				.requestMatchers(PUT, "/api/v1/contacts/{id}/portal").hasAnyRole(MANAGERS)
				.requestMatchers(POST, "/api/v1/contacts/{id}/portal/invitations").hasAnyRole(MANAGERS)
				.requestMatchers(POST, "/api/v1/contacts/{id}/portal/password-reset").hasAnyRole(MANAGERS)
				.requestMatchers(POST, "/api/v1/contacts/{id}/portal/revoke").hasAnyRole(MANAGERS)
				.requestMatchers(POST, "/api/v1/contacts/{id}/portal/impersonation").hasRole(Role.ADMIN.name())
				.requestMatchers(GET, "/api/v1/login-requests").hasAnyRole(MANAGERS)
				.requestMatchers(POST, "/api/v1/login-requests/{id}/approve").hasAnyRole(MANAGERS)
				.requestMatchers(POST, "/api/v1/login-requests/{id}/reject").hasAnyRole(MANAGERS)
				.requestMatchers(GET, "/api/v1/self-registrations").hasAnyRole(MANAGERS);
	}

	@Override
	public void console(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(GET, "/contacts/{id}/portal").hasAnyRole(Role.all())
				.requestMatchers(POST, "/contacts/{id}/portal", "/contacts/{id}/portal/invite",
						"/contacts/{id}/portal/revoke", "/contacts/{id}/portal/password-reset").hasAnyRole(MANAGERS)
				.requestMatchers(POST, "/contacts/{id}/portal/impersonate").hasRole(Role.ADMIN.name())
				.requestMatchers(GET, "/invited-contacts").hasAnyRole(Role.all())
				.requestMatchers(GET, "/login-requests", "/self-registrations").hasAnyRole(MANAGERS)
				.requestMatchers(POST, "/login-requests/{id}/approve", "/login-requests/{id}/reject").hasAnyRole(MANAGERS);
	}

	@Override
	public void portal(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(GET, "/portal/login", "/portal/activate", "/portal/reset", "/portal/forgot",
						"/portal/impersonate", "/portal/api/csrf", "/portal/register", "/portal/request-login").permitAll()
				.requestMatchers(POST, "/portal/login", "/portal/activate", "/portal/reset", "/portal/forgot",
						"/portal/impersonate", "/portal/api/login", "/portal/api/activate", "/portal/api/password-reset",
						"/portal/api/password-reset/confirm", "/portal/register", "/portal/api/register",
						"/portal/request-login", "/portal/api/login-requests").permitAll()
				.requestMatchers(GET, "/portal", "/portal/", "/portal/profile", "/portal/api/me").hasRole(PortalSessions.ROLE)
				.requestMatchers(POST, "/portal/logout", "/portal/api/logout", "/portal/profile/password")
				.hasRole(PortalSessions.ROLE);
	}
}
