package app.clientele.jobs;

import static org.springframework.http.HttpMethod.GET;

import app.clientele.platform.AccessRules;
import app.clientele.staff.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Every staff role may follow its own jobs; whose job it is, {@link Jobs} checks. */
@Component
class JobAccessRules implements AccessRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(GET, "/api/v1/jobs/{id}").hasAnyRole(Role.all());
	}

	@Override
	public void console(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(GET, "/jobs/{id}", "/jobs/{id}/progress").hasAnyRole(Role.all());
	}
}
