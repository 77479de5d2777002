package app.clientele.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's role rules for its own endpoints. Each module declares one bean naming every
 * endpoint it serves, by method and exact path pattern; the security chains (staff API, console,
 * portal) add them and deny everything no rule names.
 */
public interface AccessRules {

	/** Rules for {@code /api/v1/**} (staff bearer tokens). */
	default void api(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
	}

	/** Rules for the staff console pages. */
	default void console(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
	}

	/** Rules for the customer portal (/portal/**): pages and /portal/api. */
	default void portal(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
	}
}
