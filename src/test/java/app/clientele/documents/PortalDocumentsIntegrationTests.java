package app.clientele.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.Console;
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

	private static final String PASSWORD = "a long test passphrase";

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
		String email = activePortalUser(permissions, allSites, sites);
		PortalClient client = new PortalClient(port);
		assertThat(client.post("/portal/api/login", Map.of("email", email, "password", PASSWORD)).status())
				.isEqualTo(200);
		return client;
	}

	/** The same person, in a browser on the portal's pages. */
	Console portalPages(List<String> permissions, boolean allSites, List<String> sites) {
		return Console.portalSignIn(port, activePortalUser(permissions, allSites, sites), PASSWORD);
	}

	/** An active portal user of the account, with its email. */
	String activePortalUser(List<String> permissions, boolean allSites, List<String> sites) {
		String email = TestData.email("docs");
		String id = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Doc", "lastName",
				"Reader" + TestData.suffix(), "email", email, "confirmNotDuplicate", true)).id();
		api.post("/api/v1/contacts/" + id + "/portal/invitations", null);
		api.put("/api/v1/contacts/" + id + "/portal", Map.of("enabled", true, "permissions", permissions,
				"allSites", allSites, "siteIds", sites));
		new PortalClient(port).post("/portal/api/activate", Map.of("token",
				app.clientele.TestLinks.portalToken(jdbc, id, "INVITATION"), "password", PASSWORD));
		return email;
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
	void aDocumentInTheListOpensToItsDetailPage() {
		String north = api.post("/api/v1/accounts/" + account + "/sites", Map.of("name", "North")).id();
		String invoice = document(account, "INVOICE", "number", "INV-D-" + TestData.suffix(), "amount", 1234.5,
				"currency", "USD", "dueDate", "2031-01-31", "siteId", north);
		Console browser = portalPages(List.of("INVOICES"), true, List.of());
		assertThat(browser.get("/portal/documents?type=INVOICES").body()).contains("/portal/documents/" + invoice);
		var detail = browser.get("/portal/documents/" + invoice);
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains("USD 1,234.50").contains("datetime=\"2031-01-31\"").contains("North");
	}

	@Test
	void anotherAccountsDocumentIsNotFoundOnTheDetailPage() {
		String other = api.post("/api/v1/accounts", Map.of("name", "Other " + TestData.suffix())).id();
		String foreign = document(other, "INVOICE");
		Console browser = portalPages(List.of("INVOICES"), true, List.of());
		assertThat(browser.get("/portal/documents/" + foreign).statusCode()).isEqualTo(404);
	}

	@Test
	void aDocumentOfAModuleTheContactLacksIsNotFoundOnTheDetailPage() {
		String contract = document(account, "CONTRACT");
		String invoice = document(account, "INVOICE");
		Console browser = portalPages(List.of("INVOICES"), true, List.of());
		assertThat(browser.get("/portal/documents/" + contract).statusCode()).isEqualTo(404);
		assertThat(browser.get("/portal/documents/" + invoice).statusCode()).isEqualTo(200);
	}

	@Test
	void aDocumentOfASiteOutsideTheContactsScopeIsNotFoundOnTheDetailPage() {
		String north = api.post("/api/v1/accounts/" + account + "/sites", Map.of("name", "North")).id();
		String south = api.post("/api/v1/accounts/" + account + "/sites", Map.of("name", "South")).id();
		String ofSouth = document(account, "INVOICE", "siteId", south);
		String ofNorth = document(account, "INVOICE", "siteId", north);
		Console browser = portalPages(List.of("INVOICES"), false, List.of(north));
		assertThat(browser.get("/portal/documents/" + ofSouth).statusCode()).isEqualTo(404);
		assertThat(browser.get("/portal/documents/" + ofNorth).statusCode()).isEqualTo(200);
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
