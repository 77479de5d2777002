package app.clientele.contacts;

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
 * Every staff role creates, edits and searches contacts (also the global search); ADMIN and
 * MANAGER export, merge and scan for duplicates on record and review them (PRODUCT.md's role
 * table: import, export, merge; issue 21); only ADMIN deletes them.
 */
@Component
class ContactAccessRules implements AccessRules {

	/** Who may take contacts away as files. */
	static final String[] EXPORTERS = { Role.ADMIN.name(), Role.MANAGER.name() };

	/** Who may merge two contacts and undo a merge (PRODUCT.md's role table: merge). */
	static final String[] MERGERS = { Role.ADMIN.name(), Role.MANAGER.name() };

	@Override
	public void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		String[] staff = Role.all();
		String admin = Role.ADMIN.name();
		rules.requestMatchers(POST, "/api/v1/accounts/{accountId}/contacts").hasAnyRole(staff)
				.requestMatchers(GET, "/api/v1/accounts/{accountId}/contacts").hasAnyRole(staff)
				.requestMatchers(POST, "/api/v1/contacts").hasAnyRole(staff)
				.requestMatchers(GET, "/api/v1/contacts").hasAnyRole(staff)
				.requestMatchers(GET, "/api/v1/contacts/duplicates").hasAnyRole(staff)
				.requestMatchers(GET, "/api/v1/contacts/export.csv", "/api/v1/contacts/export.vcf",
						"/api/v1/contacts/{id}/vcard").hasAnyRole(EXPORTERS)
				.requestMatchers(GET, "/api/v1/contacts/{id}").hasAnyRole(staff)
				.requestMatchers(PATCH, "/api/v1/contacts/{id}").hasAnyRole(staff)
				.requestMatchers(DELETE, "/api/v1/contacts/{id}").hasRole(admin)
				.requestMatchers(POST, "/api/v1/contacts/bulk-delete").hasRole(admin)
				.requestMatchers(POST, "/api/v1/contacts/{id}/archive").hasAnyRole(staff)
				.requestMatchers(POST, "/api/v1/contacts/{id}/restore").hasAnyRole(staff)
				.requestMatchers(POST, "/api/v1/contacts/{id}/make-primary").hasAnyRole(staff)
				.requestMatchers(POST, "/api/v1/contacts/{id}/move").hasAnyRole(staff)
				.requestMatchers(POST, "/api/v1/contacts/{id}/merge", "/api/v1/contacts/{id}/merge/preview",
						"/api/v1/merges/{mergeId}/undo").hasAnyRole(MERGERS)
				.requestMatchers(POST, "/api/v1/duplicate-scans", "/api/v1/duplicate-pairs/{id}/dismiss")
				.hasAnyRole(EXPORTERS)
				.requestMatchers(GET, "/api/v1/duplicate-scans/{id}", "/api/v1/duplicate-pairs").hasAnyRole(EXPORTERS);
	}

	@Override
	public void console(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
		String[] staff = Role.all();
		String admin = Role.ADMIN.name();
		// The exports first: /contacts/export.csv would otherwise match /contacts/{id}.
		rules.requestMatchers(GET, "/contacts/export.csv", "/accounts/{id}/contacts/export.csv", "/contacts/{id}/vcard")
				.hasAnyRole(EXPORTERS)
				.requestMatchers(GET, "/accounts/{id}/contacts", "/contacts", "/contacts/duplicate-check",
						"/contacts/{id}", "/contacts/{id}/edit", "/accounts/{id}/contacts/new", "/contacts/new", "/search",
						"/search/suggestions").hasAnyRole(staff)
				.requestMatchers(POST, "/accounts/{id}/contacts", "/contacts/{id}", "/contacts/{id}/archive",
						"/contacts/{id}/restore", "/contacts/{id}/make-primary", "/contacts/{id}/move").hasAnyRole(staff)
				.requestMatchers(POST, "/contacts/{id}/delete").hasRole(admin)
				.requestMatchers(GET, "/contacts/{id}/merge").hasAnyRole(MERGERS)
				.requestMatchers(POST, "/contacts/{id}/merge", "/merges/{mergeId}/undo").hasAnyRole(MERGERS)
				.requestMatchers(GET, "/duplicates", "/duplicates/scans/{id}/progress").hasAnyRole(EXPORTERS)
				.requestMatchers(POST, "/duplicates/scans", "/duplicates/pairs/{id}/dismiss").hasAnyRole(EXPORTERS);
	}
}
