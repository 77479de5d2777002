package app.clientele.activity;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import app.clientele.platform.AccessRules;
import app.clientele.staff.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Every staff role reads timelines and comments. */
@Component
class ActivityAccessRules implements AccessRules {

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(GET, "/api/v1/contacts/{id}/activity").hasAnyRole(Role.all())
				.requestMatchers(POST, "/api/v1/contacts/{id}/comments").hasAnyRole(Role.all());
	}

	@Override
	public void console(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(GET, "/contacts/{id}/timeline").hasAnyRole(Role.all())
				.requestMatchers(POST, "/contacts/{id}/comments").hasAnyRole(Role.all());
	}
}
