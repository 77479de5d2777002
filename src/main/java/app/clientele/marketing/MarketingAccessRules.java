package app.clientele.marketing;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import app.clientele.platform.AccessRules;
import app.clientele.staff.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The roles table: only SALES and MANAGER add contacts to lists (and take them off); ADMIN,
 * MANAGER and MARKETEER create and send campaigns; every role sees lists, audiences, campaigns.
 */
@Component
class MarketingAccessRules implements AccessRules {

	private static final String[] LIST_KEEPERS = Role.names(Role.MANAGER, Role.SALES);
	private static final String[] CAMPAIGNERS = Role.names(Role.ADMIN, Role.MANAGER, Role.MARKETEER);

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(POST, "/api/v1/marketing-lists").hasAnyRole(Role.all())
				.requestMatchers(GET, "/api/v1/marketing-lists").hasAnyRole(Role.all())
				.requestMatchers(GET, "/api/v1/marketing-lists/{id}").hasAnyRole(Role.all())
				.requestMatchers(GET, "/api/v1/marketing-lists/{id}/members").hasAnyRole(Role.all())
				.requestMatchers(POST, "/api/v1/marketing-lists/{id}/members").hasAnyRole(LIST_KEEPERS)
				.requestMatchers(DELETE, "/api/v1/marketing-lists/{id}/members/{contactId}").hasAnyRole(LIST_KEEPERS)
				.requestMatchers(GET, "/api/v1/marketing-lists/{id}/audience").hasAnyRole(Role.all())
				.requestMatchers(GET, "/api/v1/contacts/{id}/marketing-lists").hasAnyRole(Role.all())
				.requestMatchers(POST, "/api/v1/campaigns").hasAnyRole(CAMPAIGNERS)
				.requestMatchers(GET, "/api/v1/campaigns").hasAnyRole(Role.all())
				.requestMatchers(GET, "/api/v1/campaigns/{id}").hasAnyRole(Role.all())
				.requestMatchers(POST, "/api/v1/campaigns/{id}/send").hasAnyRole(CAMPAIGNERS)
				.requestMatchers(POST, "/api/v1/campaigns/{id}/preview").hasAnyRole(CAMPAIGNERS);
	}

	@Override
	public void console(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// "new" before "{id}": the first rule that matches decides.
		rules.requestMatchers(GET, "/marketing/campaigns/new").hasAnyRole(CAMPAIGNERS)
				.requestMatchers(GET, "/marketing", "/marketing/lists/{id}", "/marketing/campaigns/{id}",
						"/contacts/{id}/marketing-lists", "/marketing/contact-search").hasAnyRole(Role.all())
				.requestMatchers(POST, "/marketing/lists").hasAnyRole(Role.all())
				.requestMatchers(POST, "/marketing/lists/{id}/members", "/marketing/lists/{id}/members/{contactId}/remove")
				.hasAnyRole(LIST_KEEPERS)
				.requestMatchers(POST, "/marketing/campaigns", "/marketing/campaigns/{id}/send",
						"/marketing/campaigns/{id}/preview").hasAnyRole(CAMPAIGNERS);
	}
}
