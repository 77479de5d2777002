package app.clientele.platform.security;

import java.util.List;
import java.util.Map;

import app.clientele.platform.AccessRules;
import app.clientele.platform.ContentSecurityPolicy;
import app.clientele.platform.SecureTransport;
import app.clientele.platform.SignInThrottled;
import app.clientele.platform.TypedSignInEmail;
import app.clientele.platform.UnknownPaths;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import tools.jackson.databind.json.JsonMapper;

import jakarta.servlet.DispatcherType;

/**
 * The staff side of security: bearer tokens on {@code /api/v1}, form sign-in for the console,
 * open health and API docs, metrics for ADMIN bearer tokens only (they tell an attacker what runs
 * and how busy it is). Each module names its own endpoints and roles through an
 * {@link AccessRules} bean; whatever no rule names is denied, except that a signed-in caller asking
 * for a path nothing serves hears 404 ({@link UnknownPaths}). The portal brings its own chain.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** The staff role that reads metrics; the platform knows roles only by name. */
	static final String ADMIN = "ADMIN";

	/**
	 * Argon2id with 19 MiB of memory, 2 iterations and one lane: the OWASP baseline. Stored hashes
	 * carry their algorithm id, so parameters can be raised later without breaking old ones.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		var argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
		var encoder = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
		return encoder;
	}

	/**
	 * No Micrometer observation around every security filter, authentication and authorization:
	 * with Actuator on, Spring Security otherwise wraps each filter of the chain in an observation
	 * of its own, a dozen timers with their tags and contexts on every request (issue 9). Requests
	 * are still observed once, as {@code http.server.requests}.
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * Every chain's rules decide HEAD as GET ({@link HeadAsGet}), the portal's and unsubscribe's
	 * chains too: Spring Security applies a customizer bean of {@code authorizeHttpRequests} to
	 * every {@link HttpSecurity} it hands out, before the chain adds its own rules.
	 */
	@Bean
	static Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> headAsGet() {
		return rules -> rules.withObjectPostProcessor(new HeadAsGet());
	}

	/** The session cookie is {@code Secure} when the public URL is HTTPS, wherever TLS ends. */
	@Bean
	DefaultCookieSerializerCustomizer secureSessionCookie(SecureTransport transport) {
		return serializer -> {
			if (transport.https()) {
				serializer.setUseSecureCookie(true);
			}
		};
	}

	@Bean
	AuthenticationManager staffAuthenticationManager(List<AuthenticationProvider> providers) {
		return new ProviderManager(providers);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AuthenticationManager staffAuthenticationManager,
			List<AccessRules> rules, UnknownPaths unknownPaths, JsonMapper json, SecureTransport transport)
			throws Exception {
		var problems = new SecurityProblems(json);
		http.securityMatcher("/api/**")
				.headers(transport::hsts)
				.csrf(csrf -> csrf.disable())
				.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.requestCache(cache -> cache.disable())
				.securityContext(context -> context.requireExplicitSave(true))
				.addFilterBefore(new BearerTokenFilter(staffAuthenticationManager, problems),
						UsernamePasswordAuthenticationFilter.class)
				.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
				.authorizeHttpRequests(authorize -> {
					authorize.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
					authorize.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll();
					rules.forEach(r -> r.api(authorize));
					authorize.anyRequest().access(unknownPaths);
				});
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain operations(HttpSecurity http, AuthenticationManager staffAuthenticationManager, JsonMapper json,
			SecureTransport transport) throws Exception {
		var problems = new SecurityProblems(json);
		http.securityMatcher("/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
				.headers(transport::hsts)
				.csrf(csrf -> csrf.disable())
				.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.requestCache(cache -> cache.disable())
				.securityContext(context -> context.requireExplicitSave(true))
				.addFilterBefore(new BearerTokenFilter(staffAuthenticationManager, problems),
						UsernamePasswordAuthenticationFilter.class)
				.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
				.authorizeHttpRequests(authorize -> authorize
						.requestMatchers(HttpMethod.GET, "/actuator/prometheus").hasRole(ADMIN)
						.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**",
								"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
						.permitAll()
						.anyRequest().denyAll());
		return http.build();
	}

	/** Back to the sign-in page, saying why, with the email typed kept for it ({@link TypedSignInEmail}). */
	private static AuthenticationFailureHandler signInFailed() {
		return (request, response, exception) -> {
			TypedSignInEmail.remember(request, response);
			response.sendRedirect(
					request.getContextPath() + (exception instanceof SignInThrottled ? "/login?throttled" : "/login?error"));
		};
	}

	@Bean
	@Order(100)
	SecurityFilterChain console(HttpSecurity http, AuthenticationManager staffAuthenticationManager,
			List<AccessRules> rules, UnknownPaths unknownPaths, SecureTransport transport) throws Exception {
		http.authenticationManager(staffAuthenticationManager)
				.headers(headers -> headers
						.contentSecurityPolicy(csp -> csp.policyDirectives(ContentSecurityPolicy.PAGES))
						.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
				.headers(transport::hsts)
				.formLogin(form -> form.loginPage("/login").permitAll().failureHandler(signInFailed())
						.defaultSuccessUrl("/", false))
				.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
				.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
				.authorizeHttpRequests(authorize -> {
					authorize.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
					authorize.requestMatchers(HttpMethod.GET, "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
							"/favicon.svg").permitAll();
					// The sign-in page with any message on it (?error, ?throttled, ?signedOut): formLogin's
					// own permitAll matches its exact URLs only, and a custom failure handler has none.
					authorize.requestMatchers(HttpMethod.GET, "/login").permitAll();
					authorize.requestMatchers(HttpMethod.GET, "/").authenticated();
					rules.forEach(r -> r.console(authorize));
					authorize.anyRequest().access(unknownPaths);
				});
		return http.build();
	}
}
