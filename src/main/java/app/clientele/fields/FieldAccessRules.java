package app.clientele.fields;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

import app.clientele.platform.AccessRules;
import app.clientele.staff.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * ADMINs define custom fields (PRODUCT.md's role table). Every staff role reads the definitions:
 * whoever writes a contact's values must know which fields exist and what they accept.
 */
@Component
class FieldAccessRules implements AccessRules {

	private static final String ADMIN = Role.ADMIN.name();

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(GET, "/api/v1/custom-fields", "/api/v1/custom-fields/{id}").authenticated()
				.requestMatchers(POST, "/api/v1/custom-fields").hasRole(ADMIN)
				.requestMatchers(PATCH, "/api/v1/custom-fields/{id}").hasRole(ADMIN)
				.requestMatchers(DELETE, "/api/v1/custom-fields/{id}").hasRole(ADMIN);
	}

	@Override
	public void console(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(GET, "/custom-fields", "/custom-fields/{id}").hasRole(ADMIN)
				.requestMatchers(POST, "/custom-fields", "/custom-fields/{id}", "/custom-fields/{id}/delete")
				.hasRole(ADMIN);
	}
}
