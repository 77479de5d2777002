package app.clientele.portal;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Portal access given when a contact is created, by staff or by the account class. */
@IntegrationTest
class PortalAtCreationIntegrationTests {

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

	@Test
	void portalAccessAndInvitationAtCreation() {
		String account = portal.account();
		String north = portal.site(account, "North");
		var created = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Ines", "lastName",
				"Invited" + TestData.suffix(), "email", TestData.email("ines"), "portal", Map.of("enabled", true,
						"permissions", List.of("INVOICES", "SUPPORT"), "allSites", false, "siteIds", List.of(north),
						"sendInvite", true)));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("portalStatus").asString()).isEqualTo("INVITED");
		JsonNode access = api.get("/api/v1/contacts/" + created.id() + "/portal").json();
		assertThat(access.get("permissions").toString()).contains("INVOICES").contains("SUPPORT").doesNotContain("PROJECTS");
		assertThat(access.get("allSites").asBoolean()).isFalse();
		assertThat(access.get("siteIds").get(0).asString()).isEqualTo(north);
	}

	@Test
	void theInvitationIsTheWelcomeEmailWhenBothAreDue() {
		String email = TestData.email("once");
		var created = api.post("/api/v1/accounts/" + portal.account() + "/contacts", Map.of("firstName", "Olga",
				"lastName", "Once" + TestData.suffix(), "email", email, "portal", Map.of("enabled", true, "sendInvite", true)));
		String url = app.clientele.TestLinks.portalLink(jdbc, created.id(), "INVITATION");
		assertThat(url).startsWith("https://clientele.test/portal/activate?token=");
		org.awaitility.Awaitility.await().during(java.time.Duration.ofMillis(1500)).atMost(java.time.Duration.ofSeconds(5))
				.until(() -> app.clientele.TestSmtp.messagesTo(email).size() == 1);
		JsonNode emails = api.get("/api/v1/contacts/" + created.id() + "/emails").json().get("items");
		assertThat(emails.findValuesAsString("template")).containsExactly("PORTAL_INVITATION");
	}

	@Test
	void portalAtCreationIsRefusedForASharedMailboxAndNothingIsSaved() {
		String account = portal.account();
		String last = "Shared" + TestData.suffix();
		var refused = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Front", "lastName", last,
				"email", "info@" + TestData.suffix() + ".example.com", "portal", Map.of("enabled", true, "sendInvite", true)));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).endsWith("/problems/shared-mailbox");
		assertThat(api.get("/api/v1/contacts?q=" + last).json().get("items")).isEmpty();
	}

	@Test
	void theAccountClassSendsTheInvitationAutomatically() {
		String cls = api.post("/api/v1/account-classes", Map.of("name", "Auto " + TestData.suffix(), "autoSendPortalInvite", true)).id();
		String account = api.post("/api/v1/accounts", Map.of("name", "Auto Co " + TestData.suffix(), "accountClassId", cls)).id();
		var withEmail = portal.contact(account, TestData.email("auto"));
		assertThat(withEmail.json().get("portalStatus").asString()).isEqualTo("INVITED");
		var withoutEmail = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "No", "lastName", "Mail" + TestData.suffix()));
		assertThat(withoutEmail.json().get("portalStatus").asString()).isEqualTo("NOT_INVITED");
		var shared = portal.contact(account, "office@" + TestData.suffix() + ".example.com");
		assertThat(shared.status()).as("a shared mailbox is saved, just not invited").isEqualTo(201);
		assertThat(shared.json().get("portalStatus").asString()).isEqualTo("NOT_INVITED");
	}

	@Test
	void anEmailChangeKillsOpenLinksAndMovesTheLogin() {
		String account = portal.account();
		var active = portal.activeContact(account);
		api.post("/api/v1/contacts/" + active.id() + "/portal/password-reset", null);
		String reset = portal.token(active.id(), "SET_PASSWORD");
		String newEmail = TestData.email("moved");
		assertThat(api.patch("/api/v1/contacts/" + active.id(), Map.of("email", newEmail)).status()).isEqualTo(200);
		assertThat(new PortalClient(port).post("/portal/api/password-reset/confirm", Map.of("token", reset, "password",
				"another fine passphrase")).status()).isEqualTo(400);
		assertThat(new PortalClient(port).post("/portal/api/login", Map.of("email", newEmail, "password",
				PortalTestSupport.PASSWORD)).status()).isEqualTo(200);
		var toShared = api.patch("/api/v1/contacts/" + active.id(), Map.of("email", "sales@" + TestData.suffix() + ".example.com"));
		assertThat(toShared.status()).isEqualTo(409);
		assertThat(api.get("/api/v1/contacts/" + active.id()).json().get("email").asString()).isEqualTo(newEmail);
	}

	@Test
	void portalActivityIsHistoryForTheDeleteRule() {
		var active = portal.activeContact(portal.account());
		var refused = api.delete("/api/v1/contacts/" + active.id());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("history").toString()).contains("portal activity");
		String enabledOnly = api.post("/api/v1/accounts/" + portal.account() + "/contacts", Map.of("firstName", "Ena",
				"lastName", "Bled" + TestData.suffix(), "email", TestData.email("enabled"), "sendWelcomeEmail", false)).id();
		api.put("/api/v1/contacts/" + enabledOnly + "/portal", Map.of("enabled", true));
		assertThat(api.delete("/api/v1/contacts/" + enabledOnly).status()).as("access never used is no history")
				.isEqualTo(204);
	}
}
