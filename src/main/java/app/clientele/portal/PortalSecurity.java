package app.clientele.portal;

import java.util.List;

import app.clientele.platform.AccessRules;
import app.clientele.platform.ContentSecurityPolicy;
import app.clientele.platform.SecureTransport;
import app.clientele.platform.UnknownPaths;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The portal's own security chain, apart from staff: cookie sessions under their own key, CSRF
 * with the XSRF-TOKEN cookie and X-XSRF-TOKEN header (forms send it as _csrf), no referrer ever
 * (link pages carry tokens), every session checked against the database per request. Signing in
 * gives a new session id and a new XSRF-TOKEN ({@link PortalSessions#start}).
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

	@Bean
	@Order(2)
	SecurityFilterChain portalChain(HttpSecurity http, PortalSessions sessions, PortalSignIn signIn,
			PortalProblems problems, List<AccessRules> rules, UnknownPaths unknownPaths,
			SecureTransport transport) throws Exception {
		http.securityMatcher("/portal/**")
				.securityContext(context -> context.securityContextRepository(sessions.repository()))
				.headers(transport::hsts)
				.csrf(csrf -> csrf.spa().csrfTokenRepository(sessions.csrfTokens()))
				.requestCache(cache -> cache.disable())
				.formLogin(form -> form.disable())
				.httpBasic(basic -> basic.disable())
				.logout(logout -> logout.disable())
				.headers(headers -> headers
						.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.PAGES))
						.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
				.addFilterAfter(new PortalSessionFilter(signIn, sessions, problems), SecurityContextHolderFilter.class)
				.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
				.authorizeHttpRequests(authorize -> {
					authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
					rules.forEach(r -> r.portal(authorize));
					authorize.anyRequest().access(unknownPaths);
				});
		return http.build();
	}
}
