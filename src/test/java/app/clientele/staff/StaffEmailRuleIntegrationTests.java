package app.clientele.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff may be on internal domains, customers' contacts may not, and the answer says which rule
 * refused an address.
 */
@IntegrationTest
class StaffEmailRuleIntegrationTests {

	static final String PASSWORD = "internal staff password";

	@LocalServerPort
	int port;

	Api anonymous;
	Api admin;

	@BeforeEach
	void signIn() {
		anonymous = new Api(port);
		admin = anonymous.as(TestUsers.adminToken(anonymous));
	}

	@Test
	void acceptsStaffOnInternalDomainsWhoThenSignIn() {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		for (String email : List.of("ops-" + unique + "@company.internal", "ops-" + unique + "@intranet.local",
				"ops-" + unique + "@mailhost", "jörg-" + unique + "@müller.lan")) {
			var created = admin.post("/api/v1/staff",
					Map.of("email", email, "name", "Internal", "roles", List.of("SALES"), "password", PASSWORD));
			assertThat(created.status()).as(email).isEqualTo(201);
			assertThat(TestUsers.token(anonymous, email, PASSWORD)).as(email).isNotBlank();
		}
	}

	@Test
	void refusesAStaffAddressThatIsNoAddressNamingTheStaffRule() {
		var refused = admin.post("/api/v1/staff",
				Map.of("email", "ops@@company.internal", "name", "X", "roles", List.of("SALES"), "password", PASSWORD));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("staff addresses");
	}

	@Test
	void refusesAContactOnAnInternalDomainNamingTheCustomerRule() {
		String account = admin.post("/api/v1/accounts", Map.of("name", "Internal " + UUID.randomUUID())).id();
		var refused = admin.post("/api/v1/accounts/" + account + "/contacts",
				Map.of("firstName", "Ina", "lastName", "Ternal", "email", "ina@company.internal"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("public domain");
	}
}
