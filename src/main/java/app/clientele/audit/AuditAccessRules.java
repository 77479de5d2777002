package app.clientele.audit;

import static org.springframework.http.HttpMethod.GET;

import app.clientele.platform.AccessRules;
import app.clientele.staff.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The audit trail is for ADMINs only, in the API and in the console. */
@Component
class AuditAccessRules implements AccessRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		String admin = Role.ADMIN.name();
		rules.requestMatchers(GET, "/api/v1/audit").hasRole(admin)
				.requestMatchers(GET, "/api/v1/audit/verify").hasRole(admin)
				.requestMatchers(GET, "/api/v1/audit/export.csv").hasRole(admin);
	}

	@Override
	public void console(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		String admin = Role.ADMIN.name();
		rules.requestMatchers(GET, "/audit").hasRole(admin)
				.requestMatchers(GET, "/audit/export.csv").hasRole(admin);
	}
}
