package app.clientele.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.PortalClient;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

/** Documents in the portal: by permission, by site scope, and nothing of other accounts. */
@IntegrationTest
class PortalDocumentsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		account = api.post("/api/v1/accounts", Map.of("name", "Docs " + TestData.suffix())).id();
	}

	String document(String accountId, String type, Object... more) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("type", type, "number", type + "-" + TestData.suffix(),
				"title", "A " + type.toLowerCase(), "status", "OPEN"));
		for (int i = 0; i < more.length; i += 2) {
			body.put((String) more[i], more[i + 1]);
		}
		return api.post("/api/v1/accounts/" + accountId + "/documents", body).id();
	}

	PortalClient portalUser(List<String> permissions, boolean allSites, List<String> sites) {
		String email = TestData.email("docs");
		String id = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Doc", "lastName",
				"Reader" + TestData.suffix(), "email", email, "confirmNotDuplicate", true)).id();
		api.post("/api/v1/contacts/" + id + "/portal/invitations", null);
		api.put("/api/v1/contacts/" + id + "/portal", Map.of("enabled", true, "permissions", permissions,
				"allSites", allSites, "siteIds", sites));
		PortalClient client = new PortalClient(port);
		client.post("/portal/api/activate", Map.of("token", app.clientele.TestLinks.portalToken(jdbc, id, "INVITATION"), "password", "a long test passphrase"));
		assertThat(client.post("/portal/api/login", Map.of("email", email, "password", "a long test passphrase")).status())
				.isEqualTo(200);
		return client;
	}

	@Test
	void thePortalListsDocumentsByPermission() {
		String invoice = document(account, "INVOICE");
		String credit = document(account, "CREDIT_NOTE");
		String ticket = document(account, "TICKET");
		PortalClient client = portalUser(List.of("INVOICES"), true, List.of());
		var all = client.get("/portal/api/documents").json().get("items").findValuesAsString("id");
		assertThat(all).contains(invoice, credit).doesNotContain(ticket);
		assertThat(client.get("/portal/api/documents?type=TICKET").status()).isEqualTo(403);
		assertThat(client.get("/portal/api/documents?type=CREDIT_NOTE").json().get("items").findValuesAsString("id"))
				.containsExactly(credit);
		assertThat(client.get("/portal/api/documents/" + ticket).status()).isEqualTo(403);
		assertThat(client.get("/portal/api/documents").text()).doesNotContain("quickPayCode");
	}

	@Test
	void siteLevelContactSeesAccountWideAndItsOwnSitesDocuments() {
		String north = api.post("/api/v1/accounts/" + account + "/sites", Map.of("name", "North")).id();
		String south = api.post("/api/v1/accounts/" + account + "/sites", Map.of("name", "South")).id();
		String wide = document(account, "INVOICE");
		String ofNorth = document(account, "INVOICE", "siteId", north);
		String ofSouth = document(account, "INVOICE", "siteId", south);
		PortalClient client = portalUser(List.of("INVOICES"), false, List.of(north));
		assertThat(client.get("/portal/api/documents").json().get("items").findValuesAsString("id"))
				.contains(wide, ofNorth).doesNotContain(ofSouth);
		assertThat(client.get("/portal/api/documents/" + ofSouth).status()).isEqualTo(404);
	}

	@Test
	void foreignDocumentIs404() {
		String other = api.post("/api/v1/accounts", Map.of("name", "Other " + TestData.suffix())).id();
		String foreign = document(other, "INVOICE");
		PortalClient client = portalUser(List.of("INVOICES"), true, List.of());
		var response = client.get("/portal/api/documents/" + foreign);
		assertThat(response.status()).isEqualTo(404);
		assertThat(client.get("/portal/api/documents").json().get("items").findValuesAsString("id")).doesNotContain(foreign);
	}

	@Test
	void documentNumbersAreUniquePerTypeAndFieldsAreChecked() {
		String number = "INV-" + TestData.suffix();
		assertThat(api.post("/api/v1/accounts/" + account + "/documents", Map.of("type", "INVOICE", "number", number,
				"title", "One")).status()).isEqualTo(201);
		assertThat(api.post("/api/v1/accounts/" + account + "/documents", Map.of("type", "INVOICE", "number", number.toLowerCase(),
				"title", "Two")).status()).isEqualTo(409);
		var bad = api.post("/api/v1/accounts/" + account + "/documents", Map.of("type", "INVOICE", "number", "X-" + TestData.suffix(),
				"title", "Bad", "amount", 10, "currency", "dollars"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("currency");
	}
}
