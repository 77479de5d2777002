package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The field limits declared on the module APIs' request records, as the JSON API and the console answer them. */
@IntegrationTest
class FieldLimitsIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
	}

	@Test
	void refusesContactNameLongerThan100Characters() {
		String account = api.post("/api/v1/accounts", Map.of("name", "Acct " + UUID.randomUUID())).id();
		var refused = api.post("/api/v1/accounts/" + account + "/contacts",
				Map.of("firstName", "A".repeat(101), "lastName", "Lovelace"));
		assertRefused(refused, "firstName", "must be at most 100 characters");
		var padded = api.post("/api/v1/accounts/" + account + "/contacts",
				Map.of("firstName", " " + "A".repeat(99) + " ", "lastName", "Lovelace " + UUID.randomUUID()));
		assertThat(padded.status()).isEqualTo(201);
	}

	@Test
	void refusesPortalImpersonationWithoutAReasonOrWithOneOver500Characters() {
		String account = api.post("/api/v1/accounts", Map.of("name", "Acct " + UUID.randomUUID())).id();
		String contact = api.post("/api/v1/accounts/" + account + "/contacts",
				Map.of("firstName", "Ivy", "lastName", "Seen " + UUID.randomUUID())).id();
		String path = "/api/v1/contacts/" + contact + "/portal/impersonation";
		assertRefused(api.post(path, Map.of("reason", "  ")), "reason", "is required: say why you open this contact's portal");
		assertRefused(api.post(path, Map.of("reason", "x".repeat(501))), "reason", "must be at most 500 characters");
	}

	@Test
	void refusesAccountNameLongerThan200Characters() {
		assertRefused(api.post("/api/v1/accounts", Map.of("name", "A".repeat(201))), "name",
				"must be at most 200 characters");
		Console console = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		var form = console.submit("/accounts", Map.of("name", "A".repeat(201), "status", "ACTIVE"));
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("id=\"name-error\">Name must be at most 200 characters");
	}

	@Test
	void refusesAccountNumberWithControlCharacters() {
		assertRefused(api.post("/api/v1/accounts", Map.of("name", "Acct " + UUID.randomUUID(), "number", "A\u0007B")),
				"number", "must be at most 64 printable characters");
	}

	@Test
	void refusesAccountClassNameLongerThan100Characters() {
		assertRefused(api.post("/api/v1/account-classes", Map.of("name", "C".repeat(101))), "name",
				"must be at most 100 printable characters");
	}

	@Test
	void refusesSiteAddressLongerThan1000Characters() {
		String account = api.post("/api/v1/accounts", Map.of("name", "Acct " + UUID.randomUUID())).id();
		assertRefused(api.post("/api/v1/accounts/" + account + "/sites",
				Map.of("name", "Depot", "address", "x".repeat(1001))), "address", "must be at most 1000 characters");
	}

	private static void assertRefused(Api.Response response, String field, String message) {
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("type").asString()).endsWith("invalid-input");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
		assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo(message);
	}
}
