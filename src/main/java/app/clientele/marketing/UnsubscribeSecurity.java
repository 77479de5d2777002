package app.clientele.marketing;

import app.clientele.platform.ContentSecurityPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Unsubscribe links work without signing in: the token in the address is the authority. The
 * one-click POST comes from mail providers (RFC 8058), which send no CSRF token, hence none here.
 */
@Configuration(proxyBeanMethods = false)
class UnsubscribeSecurity {

	@Bean
	@Order(4)
	SecurityFilterChain unsubscribeChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/unsubscribe/**")
				.csrf(csrf -> csrf.disable())
				.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.requestCache(cache -> cache.disable())
				.headers(headers -> headers
						.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.PAGES))
						.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
				.authorizeHttpRequests(authorize -> authorize
						.requestMatchers(HttpMethod.GET, "/unsubscribe/{token}").permitAll()
						.requestMatchers(HttpMethod.POST, "/unsubscribe/{token}").permitAll()
						.anyRequest().denyAll());
		return http.build();
	}
}
