package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * With an HTTPS public URL (the tests' {@code https://clientele.test}) while requests reach the
 * app over plain HTTP, as from a proxy that ends TLS: cookies are still Secure and HSTS is still
 * sent. {@link PlainHttpTransportIntegrationTests} is the other side.
 */
@IntegrationTest
class SecureTransportIntegrationTests {

	static final List<String> PATHS = List.of("/actuator/health", "/actuator/prometheus", "/api/v1/accounts", "/login",
			"/portal/api/csrf", "/portal/login");

	@LocalServerPort
	int port;

	@Test
	void cookiesAreSecureBehindAnHttpsPublicUrl() {
		Api html = new Api(port).with("Accept", "text/html");
		assertThat(html.get("/login").setCookie("CLIENTELE_SESSION")).containsIgnoringCase("; Secure");
		assertThat(new Api(port).get("/portal/api/csrf").setCookie("XSRF-TOKEN")).containsIgnoringCase("; Secure");
	}

	@Test
	void everyResponseCarriesHstsBehindAnHttpsPublicUrl() {
		for (String path : PATHS) {
			assertThat(new Api(port).get(path).header("Strict-Transport-Security")).as(path)
					.isEqualTo("max-age=31536000 ; includeSubDomains");
		}
	}
}
