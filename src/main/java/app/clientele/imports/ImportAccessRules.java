package app.clientele.imports;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import app.clientele.platform.AccessRules;
import app.clientele.staff.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * ADMIN and MANAGER import contacts (PRODUCT.md's role table: import and export), follow every
 * import, download its problem rows and undo it; the other roles see none of it.
 */
@Component
class ImportAccessRules implements AccessRules {

	static final String[] IMPORTERS = { Role.ADMIN.name(), Role.MANAGER.name() };

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		// The saved mappings first: /api/v1/imports/mappings would otherwise match /api/v1/imports/{id}.
		rules.requestMatchers(GET, "/api/v1/imports/mappings").hasAnyRole(IMPORTERS)
				.requestMatchers(POST, "/api/v1/imports/mappings").hasAnyRole(IMPORTERS)
				.requestMatchers(DELETE, "/api/v1/imports/mappings/{id}").hasAnyRole(IMPORTERS)
				.requestMatchers(POST, "/api/v1/imports/contacts", "/api/v1/imports/{id}/undo").hasAnyRole(IMPORTERS)
				.requestMatchers(GET, "/api/v1/imports", "/api/v1/imports/{id}", "/api/v1/imports/{id}/problems.csv")
				.hasAnyRole(IMPORTERS);
	}

	@Override
	public void console(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		rules.requestMatchers(GET, "/imports", "/imports/new", "/imports/uploads/{id}", "/imports/{id}",
				"/imports/{id}/progress", "/imports/{id}/problems.csv").hasAnyRole(IMPORTERS)
				.requestMatchers(POST, "/imports/uploads", "/imports/uploads/{id}", "/imports/{id}/import",
						"/imports/{id}/undo")
				.hasAnyRole(IMPORTERS);
	}
}
