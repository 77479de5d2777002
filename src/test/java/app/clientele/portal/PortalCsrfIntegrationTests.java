package app.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.PortalClient;
import app.clientele.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The portal's XSRF-TOKEN lives with the session: a sign-in replaces both. */
@IntegrationTest
class PortalCsrfIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	PortalTestSupport portal;
	String account;

	@BeforeEach
	void setUp() {
		portal = new PortalTestSupport(port, new Api(port).as(TestUsers.adminToken(new Api(port))), jdbc);
		account = portal.account();
	}

	@AfterEach
	void resetThrottle() {
		jdbc.sql("DELETE FROM sign_in_failure").update();
	}

	@Test
	void signingInRotatesTheXsrfToken() {
		var active = portal.activeContact(account);
		PortalClient browser = new PortalClient(port);
		browser.get("/portal/api/csrf");
		String before = browser.xsrfCookie();
		assertThat(before).isNotNull();

		var login = browser.post("/portal/api/login",
				Map.of("email", active.email(), "password", PortalTestSupport.PASSWORD));
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.setCookie("XSRF-TOKEN")).containsIgnoringCase("; Secure");
		assertThat(login.setCookie("CLIENTELE_SESSION")).containsIgnoringCase("; Secure");
		String after = browser.xsrfCookie();
		assertThat(after).isNotNull().isNotEqualTo(before);

		assertThat(browser.postWithXsrf("/portal/api/logout", null, before).status()).isEqualTo(403);
		assertThat(browser.get("/portal/api/me").status()).isEqualTo(200);
		assertThat(browser.postWithXsrf("/portal/api/logout", null, after).status()).isEqualTo(204);
	}
}
