package app.clientele.platform;

import org.springframework.http.ResponseCookie;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Whether Clientele is served over HTTPS, decided by {@code CLIENTELE_PUBLIC_URL} alone: TLS
 * often ends at a proxy, where the request reaching the app is plain HTTP and
 * {@code request.isSecure()} says nothing about what the browser used. Over HTTPS every cookie
 * is {@code Secure} and every response carries HSTS.
 */
@Component
public class SecureTransport {

	/** One year, the least that browsers' HSTS preload lists accept. */
	static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

	private final boolean https;

	SecureTransport(ClienteleProperties properties) {
		this.https = "https".equalsIgnoreCase(properties.publicUrl().getScheme());
	}

	/** Whether the public URL is HTTPS. */
	public boolean https() {
		return https;
	}

	/** Marks a cookie {@code Secure} over HTTPS; otherwise as the request came. */
	public void cookie(ResponseCookie.ResponseCookieBuilder cookie) {
		if (https) {
			cookie.secure(true);
		}
	}

	/** The XSRF-TOKEN cookie readable by the page's script, {@code Secure} over HTTPS. */
	public CookieCsrfTokenRepository csrfCookies() {
		CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookieCustomizer(this::cookie);
		return repository;
	}

	/**
	 * HSTS on every response over HTTPS, not only on requests that arrived over TLS (Spring
	 * Security's default), since behind a proxy none does.
	 */
	public void hsts(HeadersConfigurer<HttpSecurity> headers) {
		if (https) {
			headers.httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
					.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true));
		}
	}
}
