package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.clientele.Api;
import app.clientele.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** With a plain-HTTP public URL (a local trial): no Secure cookie a browser would drop, no HSTS. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"clientele.admin-email=" + TestUsers.ADMIN_EMAIL, "clientele.admin-password=" + TestUsers.ADMIN_PASSWORD,
		"clientele.public-url=http://clientele.test" })
@DirtiesContext
class PlainHttpTransportIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void cookiesAreNotSecureBehindAnHttpPublicUrl() {
		Api html = new Api(port).with("Accept", "text/html");
		assertThat(html.get("/login").setCookie("CLIENTELE_SESSION")).doesNotContainIgnoringCase("Secure");
		assertThat(new Api(port).get("/portal/api/csrf").setCookie("XSRF-TOKEN")).doesNotContainIgnoringCase("Secure");
	}

	@Test
	void noResponseCarriesHstsBehindAnHttpPublicUrl() {
		for (String path : SecureTransportIntegrationTests.PATHS) {
			assertThat(new Api(port).get(path).header("Strict-Transport-Security")).as(path).isNull();
		}
	}
}
