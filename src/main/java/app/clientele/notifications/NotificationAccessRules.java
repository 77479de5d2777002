package app.clientele.notifications;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import app.clientele.platform.AccessRules;
import app.clientele.portal.PortalSessions;
import app.clientele.staff.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Every staff role edits a contact's topics and sees who a document would go to; sending documents
 * to customers is for ADMIN, MANAGER and SALES. Portal users edit their own topics.
 */
@Component
class NotificationAccessRules implements AccessRules {

	private static final String[] SENDERS = Role.names(Role.ADMIN, Role.MANAGER, Role.SALES);

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(GET, "/api/v1/contacts/{id}/notifications").hasAnyRole(Role.all())
				.requestMatchers(PUT, "/api/v1/contacts/{id}/notifications").hasAnyRole(Role.all())
				.requestMatchers(GET, "/api/v1/documents/{id}/recipients").hasAnyRole(Role.all())
				.requestMatchers(POST, "/api/v1/documents/{id}/send").hasAnyRole(SENDERS);
	}

	@Override
	public void console(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(GET, "/contacts/{id}/notifications", "/documents/{id}/send").hasAnyRole(Role.all())
				.requestMatchers(POST, "/contacts/{id}/notifications").hasAnyRole(Role.all())
				.requestMatchers(POST, "/documents/{id}/send").hasAnyRole(SENDERS);
	}

	@Override
	public void portal(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(GET, "/portal/api/me/notifications", "/portal/notifications").hasRole(PortalSessions.ROLE)
				.requestMatchers(PUT, "/portal/api/me/notifications").hasRole(PortalSessions.ROLE)
				.requestMatchers(POST, "/portal/notifications").hasRole(PortalSessions.ROLE);
	}
}
