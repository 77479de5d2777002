package app.clientele.mail;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

import app.clientele.platform.AccessRules;
import app.clientele.staff.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Templates and the Mailbox are ADMIN's; every staff role reads a contact's message history. */
@Component
class MailAccessRules implements AccessRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		String admin = Role.ADMIN.name();
		rules.requestMatchers(GET, "/api/v1/email-templates").hasRole(admin)
				.requestMatchers(GET, "/api/v1/email-templates/{key}").hasRole(admin)
				.requestMatchers(PATCH, "/api/v1/email-templates/{key}").hasRole(admin)
				.requestMatchers(POST, "/api/v1/email-templates/{key}/preview").hasRole(admin)
				.requestMatchers(GET, "/api/v1/contacts/{id}/emails").hasAnyRole(Role.all());
	}

	@Override
	public void console(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		String admin = Role.ADMIN.name();
		rules.requestMatchers(GET, "/email-templates", "/email-templates/{key}").hasRole(admin)
				.requestMatchers(POST, "/email-templates/{key}", "/email-templates/{key}/preview").hasRole(admin)
				.requestMatchers(GET, "/mailbox", "/mailbox/{id}", "/mailbox/{id}/html").hasRole(admin)
				.requestMatchers(GET, "/contacts/{id}/emails").hasAnyRole(Role.all());
	}
}
