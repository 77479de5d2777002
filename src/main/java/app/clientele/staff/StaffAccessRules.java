package app.clientele.staff;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

import app.clientele.platform.AccessRules;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Staff and settings are for ADMIN only; the staff pages likewise. */
@Component
class StaffAccessRules implements AccessRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		String admin = Role.ADMIN.name();
		rules.requestMatchers(POST, "/api/v1/staff").hasRole(admin)
				.requestMatchers(GET, "/api/v1/staff").hasRole(admin)
				.requestMatchers(GET, "/api/v1/staff/{id}").hasRole(admin)
				.requestMatchers(POST, "/api/v1/staff/{id}/disable").hasRole(admin)
				.requestMatchers(POST, "/api/v1/staff/{id}/enable").hasRole(admin)
				.requestMatchers(GET, "/api/v1/settings").hasRole(admin)
				.requestMatchers(PATCH, "/api/v1/settings").hasRole(admin);
	}

	@Override
	public void console(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		String admin = Role.ADMIN.name();
		rules.requestMatchers(GET, "/staff").hasRole(admin)
				.requestMatchers(POST, "/staff").hasRole(admin)
				.requestMatchers(POST, "/staff/{id}/disable").hasRole(admin)
				.requestMatchers(POST, "/staff/{id}/enable").hasRole(admin)
				.requestMatchers(GET, "/settings").hasRole(admin)
				.requestMatchers(POST, "/settings").hasRole(admin);
	}
}
