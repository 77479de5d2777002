package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.PortalClient;
import app.clientele.TestData;
import app.clientele.TestLinks;
import app.clientele.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every new password, staff or portal, is checked against the breached-password list, in any case. */
@IntegrationTest
class BreachedPasswordsIntegrationTests {

	static final String GOOD = "tulip kettle marathon 7";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetThrottle() {
		jdbc.sql("DELETE FROM sign_in_failure").update();
	}

	@Test
	void refusesBreachedPasswordsForNewStaff() {
		Api admin = new Api(port).as(TestUsers.adminToken(new Api(port)));
		var refused = admin.post("/api/v1/staff", Map.of("email", TestData.email("breached"), "name", "Bree",
				"roles", List.of("SALES"), "password", "password123"));
		assertRefusedByField(refused, "password");
	}

	@Test
	void refusesBreachedPasswordsAtPortalActivationAndReset() {
		Api admin = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = admin.post("/api/v1/accounts", Map.of("name", "Breach Co " + TestData.suffix())).id();
		String email = TestData.email("breach");
		String id = admin.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Bree",
				"lastName", "Ach" + TestData.suffix(), "email", email, "confirmNotDuplicate", true)).id();
		admin.post("/api/v1/contacts/" + id + "/portal/invitations", null);
		String invitation = TestLinks.portalToken(jdbc, id, "INVITATION");
		var browser = new PortalClient(port);
		assertRefusedByField(browser.post("/portal/api/activate", Map.of("token", invitation, "password", "Password123")),
				"password");
		assertThat(browser.post("/portal/api/activate", Map.of("token", invitation, "password", GOOD)).status())
				.isEqualTo(200);

		assertThat(browser.post("/portal/api/password-reset", Map.of("email", email)).status()).isEqualTo(202);
		String reset = TestLinks.portalToken(jdbc, id, "PASSWORD_RESET");
		assertRefusedByField(browser.post("/portal/api/password-reset/confirm",
				Map.of("token", reset, "password", "PASSWORD123")), "password");
	}

	private static void assertRefusedByField(Api.Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		var error = response.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo(field);
		assertThat(error.get("message").asString()).contains("data breaches").contains("choose another");
	}
}
