package app.clientele.documents;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import app.clientele.platform.AccessRules;
import app.clientele.portal.PortalSessions;
import app.clientele.staff.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Every staff role records and reads documents; portal users read theirs, within their access. */
@Component
class DocumentAccessRules implements AccessRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(POST, "/api/v1/accounts/{id}/documents").hasAnyRole(Role.all())
				.requestMatchers(GET, "/api/v1/accounts/{id}/documents").hasAnyRole(Role.all())
				.requestMatchers(GET, "/api/v1/documents/{id}").hasAnyRole(Role.all());
	}

	@Override
	public void console(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(GET, "/accounts/{id}/documents").hasAnyRole(Role.all())
				.requestMatchers(POST, "/accounts/{id}/documents").hasAnyRole(Role.all());
	}

	@Override
	public void portal(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(GET, "/portal/api/documents", "/portal/api/documents/{id}", "/portal/documents",
				"/portal/documents/{id}")
				.hasRole(PortalSessions.ROLE);
	}
}
