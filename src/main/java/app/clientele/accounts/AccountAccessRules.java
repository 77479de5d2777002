package app.clientele.accounts;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.PATCH;
import static org.springframework.http.HttpMethod.POST;

import app.clientele.platform.AccessRules;
import app.clientele.staff.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Every staff role works with accounts and sites; account classes are for ADMIN. */
@Component
class AccountAccessRules implements AccessRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		String[] staff = Role.all();
		String admin = Role.ADMIN.name();
		rules.requestMatchers(POST, "/api/v1/accounts").hasAnyRole(staff)
				.requestMatchers(GET, "/api/v1/accounts").hasAnyRole(staff)
				.requestMatchers(GET, "/api/v1/accounts/{id}").hasAnyRole(staff)
				.requestMatchers(PATCH, "/api/v1/accounts/{id}").hasAnyRole(staff)
				.requestMatchers(POST, "/api/v1/accounts/{id}/sites").hasAnyRole(staff)
				.requestMatchers(GET, "/api/v1/accounts/{id}/sites").hasAnyRole(staff)
				.requestMatchers(GET, "/api/v1/accounts/{id}/sites/{siteId}").hasAnyRole(staff)
				.requestMatchers(PATCH, "/api/v1/accounts/{id}/sites/{siteId}").hasAnyRole(staff)
				.requestMatchers(POST, "/api/v1/account-classes").hasRole(admin)
				.requestMatchers(GET, "/api/v1/account-classes").hasRole(admin)
				.requestMatchers(GET, "/api/v1/account-classes/{id}").hasRole(admin)
				.requestMatchers(PATCH, "/api/v1/account-classes/{id}").hasRole(admin);
	}

	@Override
	public void console(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		String[] staff = Role.all();
		String admin = Role.ADMIN.name();
		rules.requestMatchers(GET, "/accounts", "/accounts/new", "/accounts/picker", "/accounts/{id}", "/accounts/{id}/edit",
						"/accounts/{id}/sites").hasAnyRole(staff)
				.requestMatchers(POST, "/accounts", "/accounts/{id}", "/accounts/{id}/sites",
						"/accounts/{id}/sites/{siteId}").hasAnyRole(staff)
				.requestMatchers(GET, "/account-classes", "/account-classes/{id}").hasRole(admin)
				.requestMatchers(POST, "/account-classes", "/account-classes/{id}").hasRole(admin);
	}
}
