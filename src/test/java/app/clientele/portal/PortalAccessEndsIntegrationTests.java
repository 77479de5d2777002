package app.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.PortalClient;
import app.clientele.TestData;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Access ends for good: moving or archiving a contact revokes its portal access, and nothing a
 * person asks for themselves (self-registration, a login request, "forgot password") re-opens it;
 * only staff who may manage portal access invite again.
 */
@IntegrationTest
class PortalAccessEndsIntegrationTests {

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

	@AfterEach
	void forgetThrottle() {
		jdbc.sql("DELETE FROM sign_in_failure").update();
	}

	@Test
	void movingAContactEndsItsPortalAccess() {
		String other = portal.account();
		String ours = document(account);
		String theirs = document(other);
		var active = portal.activeContact(account);
		PortalClient session = portal.signedIn(active);
		assertThat(session.get("/portal/api/documents").json().get("items").findValuesAsString("id")).contains(ours);

		Api marketeer = api.as(TestUsers.token(api, Role.MARKETEER));
		assertThat(marketeer.post("/api/v1/contacts/" + active.id() + "/move", Map.of("accountId", other)).status())
				.isEqualTo(200);
		var after = session.get("/portal/api/documents");
		assertThat(after.status()).as("the same session, after the move").isEqualTo(401);
		assertThat(after.text()).doesNotContain(theirs);
		assertThat(signIn(active).status()).isEqualTo(401);
		assertThat(status(active.id())).isEqualTo("REVOKED");
		assertThat(timeline(active.id())).anySatisfy(e -> {
			assertThat(e.get("type").asString()).isEqualTo("PORTAL_REVOKED");
			assertThat(e.toString()).contains("moved to another account");
		});

		api.post("/api/v1/contacts/" + active.id() + "/move", Map.of("accountId", account));
		assertThat(status(active.id())).as("moving back brings nothing back").isEqualTo("REVOKED");
		assertThat(signIn(active).status()).isEqualTo(401);
	}

	@Test
	void archivingEndsPortalAccessForGood() {
		var active = portal.activeContact(account);
		PortalClient session = portal.signedIn(active);
		api.post("/api/v1/contacts/" + active.id() + "/archive", null);
		assertThat(session.get("/portal/api/me").status()).isEqualTo(401);
		api.post("/api/v1/contacts/" + active.id() + "/restore", null);
		assertThat(signIn(active).status()).as("the old password after a restore").isEqualTo(401);
		assertThat(status(active.id())).isEqualTo("REVOKED");

		assertThat(api.post("/api/v1/contacts/" + active.id() + "/portal/invitations", null).status())
				.as("staff invite again").isEqualTo(200);
		assertThat(new PortalClient(port).post("/portal/api/activate", Map.of("token", portal.token(active.id(),
				"INVITATION"), "password", PortalTestSupport.PASSWORD)).status()).isEqualTo(200);
		assertThat(signIn(active).status()).isEqualTo(200);
	}

	/** V55: contacts archived before archiving ended access lose the login they kept. */
	@Test
	void contactsArchivedBeforeTheRuleLoseTheirLoginToo() throws java.io.IOException {
		var active = portal.activeContact(account);
		api.post("/api/v1/contacts/" + active.id() + "/archive", null);
		jdbc.sql("UPDATE portal_access SET enabled = true, status = 'ACTIVE', password_hash = 'kept' WHERE contact_id = CAST(:c AS uuid)")
				.param("c", active.id()).update();
		jdbc.sql(new org.springframework.core.io.ClassPathResource("db/migration/V55__portal_archived_access_revoked.sql")
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).update();
		assertThat(status(active.id())).isEqualTo("REVOKED");
		assertThat(jdbc.sql("SELECT password_hash FROM portal_access WHERE contact_id = CAST(:c AS uuid)")
				.param("c", active.id()).query(String.class).optional()).isEmpty();
	}

	@Test
	void forgotPasswordSendsNothingToARevokedLoginAndSaysSoOnItsTimeline() {
		var active = portal.activeContact(account);
		api.post("/api/v1/contacts/" + active.id() + "/portal/revoke", null);
		long links = links(active.id());
		var revoked = new PortalClient(port).post("/portal/api/password-reset", Map.of("email", active.email()));
		var unknown = new PortalClient(port).post("/portal/api/password-reset", Map.of("email", TestData.email("ghost")));
		assertThat(revoked.status()).isEqualTo(202);
		assertThat(revoked.text()).isEqualTo(unknown.text());
		assertThat(links(active.id())).isEqualTo(links);
		assertRefusedOnTimeline(active.id(), "forgot password");
	}

	@Test
	void selfRegistrationNeverRevivesEndedAccess() {
		String cls = api.post("/api/v1/account-classes", Map.of("name", "Self " + TestData.suffix(),
				"allowInvoiceVerifiedSelfRegistration", true)).id();
		String registers = api.post("/api/v1/accounts", Map.of("name", "Registers " + TestData.suffix(),
				"accountClassId", cls)).id();
		String invoice = "INV-" + TestData.suffix();
		api.post("/api/v1/accounts/" + registers + "/documents", Map.of("type", "INVOICE", "number", invoice,
				"title", "Service", "quickPayCode", "QP7"));
		var revoked = portal.activeContact(registers);
		api.post("/api/v1/contacts/" + revoked.id() + "/portal/revoke", null);
		String archived = portal.contact(registers, TestData.email("archived")).id();
		api.post("/api/v1/contacts/" + archived + "/archive", null);
		String archivedEmail = api.get("/api/v1/contacts/" + archived).json().get("email").asString();

		for (String email : List.of(revoked.email(), archivedEmail)) {
			long links = links(revoked.id()) + links(archived);
			var answer = new PortalClient(port).post("/portal/api/register", Map.of("invoiceNumber", invoice,
					"quickPayCode", "QP7", "name", "Pat Portal", "email", email));
			assertThat(answer.status()).isEqualTo(202);
			assertThat(links(revoked.id()) + links(archived)).as("no link for %s", email).isEqualTo(links);
		}
		assertThat(status(revoked.id())).isEqualTo("REVOKED");
		assertRefusedOnTimeline(revoked.id(), "self-registration");
		assertRefusedOnTimeline(archived, "self-registration");
	}

	@Test
	void aLoginRequestDoesNotReopenARevokedLogin() {
		String etag = api.get("/api/v1/settings").header("ETag");
		api.with("If-Match", etag).patch("/api/v1/settings", Map.of("requestLoginEnabled", true));
		try {
			var active = portal.activeContact(account);
			api.post("/api/v1/contacts/" + active.id() + "/portal/revoke", null);
			assertThat(new PortalClient(port).post("/portal/api/login-requests", Map.of("name", "Pat Portal",
					"email", active.email())).status()).isEqualTo(202);
			assertRefusedOnTimeline(active.id(), "login request");
			String request = api.get("/api/v1/login-requests?status=PENDING").json().get("items").findParents("email")
					.stream().filter(r -> r.get("email").asString().equals(active.email())).findFirst().orElseThrow()
					.get("id").asString();
			long links = links(active.id());
			for (Map<String, String> target : List.of(Map.of("contactId", active.id()), Map.of("accountId", account))) {
				var approved = api.post("/api/v1/login-requests/" + request + "/approve", target);
				assertThat(approved.status()).as("approve with %s", target).isEqualTo(409);
				assertThat(approved.json().get("type").asString()).endsWith("/problems/portal-access-ended");
			}
			assertThat(links(active.id())).isEqualTo(links);
			assertThat(status(active.id())).isEqualTo("REVOKED");
		}
		finally {
			String now = api.get("/api/v1/settings").header("ETag");
			api.with("If-Match", now).patch("/api/v1/settings", Map.of("requestLoginEnabled", false));
		}
	}

	private String document(String accountId) {
		return api.post("/api/v1/accounts/" + accountId + "/documents", Map.of("type", "INVOICE", "number",
				"INV-" + TestData.suffix(), "title", "Service")).id();
	}

	private Api.Response signIn(PortalTestSupport.Active contact) {
		return new PortalClient(port).post("/portal/api/login", Map.of("email", contact.email(), "password",
				PortalTestSupport.PASSWORD));
	}

	private String status(String contactId) {
		return api.get("/api/v1/contacts/" + contactId + "/portal").json().get("status").asString();
	}

	private List<JsonNode> timeline(String contactId) {
		List<JsonNode> entries = new java.util.ArrayList<>();
		api.get("/api/v1/contacts/" + contactId + "/activity").json().get("items").forEach(entries::add);
		return entries;
	}

	private long links(String contactId) {
		return jdbc.sql("SELECT count(*) FROM portal_link WHERE contact_id = CAST(:c AS uuid)").param("c", contactId)
				.query(Long.class).single();
	}

	private void assertRefusedOnTimeline(String contactId, String request) {
		assertThat(timeline(contactId)).anySatisfy(e -> {
			assertThat(e.get("type").asString()).isEqualTo("PORTAL_REQUEST_REFUSED");
			assertThat(e.toString()).contains(request);
		});
	}
}
