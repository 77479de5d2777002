package app.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.PortalClient;
import app.clientele.TestData;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Portal access that no path widens: only the roles that manage portal access grant it (creation
 * included) or move a login to another email, and an invitation carries the scope staff chose.
 */
@IntegrationTest
class PortalGrantIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;
	PortalTestSupport portal;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		portal = new PortalTestSupport(port, api, jdbc);
		account = portal.account();
	}

	@Test
	void refusesPortalBlockFromMarketeer() {
		Api marketeer = api.as(TestUsers.token(api, Role.MARKETEER));
		String last = "Grant" + TestData.suffix();
		for (Map<String, Object> block : List.<Map<String, Object>>of(Map.of("enabled", true, "sendInvite", true),
				Map.of("sendInvite", true))) {
			var refused = marketeer.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Gus",
					"lastName", last, "email", TestData.email("grant"), "portal", block));
			assertThat(refused.status()).as("portal block %s", block).isEqualTo(403);
		}
		assertThat(api.get("/api/v1/contacts?q=" + last).json().get("items")).as("nothing created").isEmpty();
		var plain = marketeer.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Gus",
				"lastName", last, "email", TestData.email("grant")));
		assertThat(plain.status()).isEqualTo(201);
		assertThat(plain.json().get("portalStatus").asString()).isEqualTo("NOT_INVITED");
	}

	@Test
	void theAddContactFormOffersPortalAccessOnlyToRolesThatManageIt() {
		TestUsers.token(api, Role.MARKETEER);
		TestUsers.token(api, Role.SALES);
		Console marketeer = Console.signIn(port, "marketeer@staff.example.com", TestUsers.PASSWORD);
		Console sales = Console.signIn(port, "sales@staff.example.com", TestUsers.PASSWORD);
		String form = "/accounts/" + account + "/contacts/new";
		assertThat(marketeer.get(form).body()).contains("name=\"email\"").doesNotContain("name=\"portalEnabled\"");
		assertThat(sales.get(form).body()).contains("name=\"portalEnabled\"");
		String last = "Form" + TestData.suffix();
		var posted = marketeer.submit("/accounts/" + account + "/contacts", Map.of("firstName", "Fay", "lastName", last,
				"email", TestData.email("form"), "active", "true", "portalEnabled", "true", "portalSendInvite", "true"));
		assertThat(posted.statusCode()).as("posted anyway").isEqualTo(403);
		assertThat(api.get("/api/v1/contacts?q=" + last).json().get("items")).isEmpty();
	}

	/** The login follows the contact's email, so changing it hands the login to whoever reads the new address. */
	@Test
	void refusesMovingAPortalLoginToAnotherEmailFromMarketeer() {
		var active = portal.activeContact(account);
		Api marketeer = api.as(TestUsers.token(api, Role.MARKETEER));
		var refused = marketeer.patch("/api/v1/contacts/" + active.id(), Map.of("email", TestData.email("takeover")));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(api.get("/api/v1/contacts/" + active.id()).json().get("email").asString()).isEqualTo(active.email());
		assertThat(signIn(active).status()).isEqualTo(200);
		String plain = portal.contact(account, TestData.email("plain")).id();
		assertThat(marketeer.patch("/api/v1/contacts/" + plain, Map.of("email", TestData.email("plain2"))).status())
				.as("no portal login: any role edits the email").isEqualTo(200);
	}

	/**
	 * The account class's automatic invitation is the ADMIN's rule, applied to every new contact
	 * with an email whoever adds it: the marketeer chooses nothing about the access.
	 */
	@Test
	void theAccountClassRuleInvitesWhicheverRoleAddsTheContact() {
		String cls = api.post("/api/v1/account-classes", Map.of("name", "Auto " + TestData.suffix(),
				"autoSendPortalInvite", true)).id();
		String auto = api.post("/api/v1/accounts", Map.of("name", "Auto Co " + TestData.suffix(), "accountClassId", cls)).id();
		var created = api.as(TestUsers.token(api, Role.MARKETEER)).post("/api/v1/accounts/" + auto + "/contacts",
				Map.of("firstName", "Aldo", "lastName", "Auto" + TestData.suffix(), "email", TestData.email("auto")));
		assertThat(created.json().get("portalStatus").asString()).isEqualTo("INVITED");
	}

	@Test
	void saveAndSendInvitationSendsWithTheScopeOnScreen() {
		String north = portal.site(account, "North");
		portal.site(account, "South");
		String id = portal.contact(account, TestData.email("onscreen")).id();
		Console admin = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		admin.get("/contacts/" + id + "/portal");
		var sent = admin.submit("/contacts/" + id + "/portal/invite", Map.of("enabled", "true",
				"permissions", "INVOICES", "allSites", "false", "siteIds", north));
		assertThat(sent.statusCode()).isEqualTo(200);
		JsonNode access = api.get("/api/v1/contacts/" + id + "/portal").json();
		assertThat(access.get("status").asString()).isEqualTo("INVITED");
		assertThat(access.get("allSites").asBoolean()).isFalse();
		assertThat(access.get("siteIds").get(0).asString()).isEqualTo(north);
		assertThat(access.get("permissions").toString()).contains("INVOICES").doesNotContain("ESTIMATES");
	}

	private Api.Response signIn(PortalTestSupport.Active contact) {
		return new PortalClient(port).post("/portal/api/login", Map.of("email", contact.email(), "password",
				PortalTestSupport.PASSWORD));
	}
}
