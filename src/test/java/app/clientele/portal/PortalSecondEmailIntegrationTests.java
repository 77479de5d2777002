package app.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.PortalClient;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A contact's second email is for staff to reach them: the portal signs in with the primary email only. */
@IntegrationTest
class PortalSecondEmailIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;
	PortalTestSupport portal;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		portal = new PortalTestSupport(port, api, jdbc);
	}

	@AfterEach
	void forgetFailures() {
		jdbc.sql("DELETE FROM sign_in_failure").update();
	}

	@Test
	void signsInWithThePrimaryEmailOnlyNeverTheSecond() {
		PortalTestSupport.Active active = portal.activeContact(portal.account());
		String second = TestData.email("second");
		assertThat(api.patch("/api/v1/contacts/" + active.id(), Map.of("secondEmail", second)).status()).isEqualTo(200);
		var refused = new PortalClient(port).post("/portal/api/login",
				Map.of("email", second, "password", PortalTestSupport.PASSWORD));
		assertThat(refused.status()).as(refused.text()).isEqualTo(401);
		var signedIn = new PortalClient(port).post("/portal/api/login",
				Map.of("email", active.email(), "password", PortalTestSupport.PASSWORD));
		assertThat(signedIn.status()).as(signedIn.text()).isEqualTo(200);
	}
}
