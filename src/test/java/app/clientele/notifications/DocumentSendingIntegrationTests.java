package app.clientele.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Who a document goes to: the notification rules of the product, one by one. */
@IntegrationTest
class DocumentSendingIntegrationTests {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	Api api;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		account = api.post("/api/v1/accounts", Map.of("name", "Notified " + TestData.suffix())).id();
	}

	String contact(Object... fields) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("firstName", "N", "lastName", "Otified" + TestData.suffix(),
				"email", TestData.email("n"), "confirmNotDuplicate", true));
		for (int i = 0; i < fields.length; i += 2) {
			body.put((String) fields[i], fields[i + 1]);
		}
		var created = api.post("/api/v1/accounts/" + account + "/contacts", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	String invoice(Object... fields) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("type", "INVOICE", "number", "INV-" + TestData.suffix(),
				"title", "Monthly service", "amount", 120.5, "currency", "USD", "status", "OPEN"));
		for (int i = 0; i < fields.length; i += 2) {
			body.put((String) fields[i], fields[i + 1]);
		}
		var created = api.post("/api/v1/accounts/" + account + "/documents", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	void topicOff(String contactId, String topic) {
		assertThat(api.put("/api/v1/contacts/" + contactId + "/notifications", Map.of("topics", Map.of(topic, false)))
				.json().get("topics").get(topic).asBoolean()).isFalse();
	}

	@Test
	void topicsDefaultFromSettingsAndAPutChangesOnlyWhatItNames() {
		String id = contact();
		JsonNode topics = api.get("/api/v1/contacts/" + id + "/notifications").json().get("topics");
		assertThat(topics.size()).isEqualTo(9);
		assertThat(topics.get("INVOICE").asBoolean()).isTrue();
		JsonNode changed = api.put("/api/v1/contacts/" + id + "/notifications", Map.of("topics", Map.of("PROJECT", false)))
				.json().get("topics");
		assertThat(changed.get("PROJECT").asBoolean()).isFalse();
		assertThat(changed.get("INVOICE").asBoolean()).isTrue();
		assertThat(api.put("/api/v1/contacts/" + id + "/notifications", Map.of("topics", Map.of("NOPE", true))).status())
				.isEqualTo(400);
	}

	@Test
	void preselectionFollowsTheTopic() {
		String on = contact();
		String off = contact();
		topicOff(off, "INVOICE");
		JsonNode recipients = api.get("/api/v1/documents/" + invoice() + "/recipients").json();
		assertThat(recipients.get("preselected").findValuesAsString("contactId")).containsExactly(on);
		assertThat(recipients.get("skipped").toString()).contains(off).contains("TOPIC_OFF");
	}

	@Test
	void manualPickSendsEvenWithTopicOff() {
		contact();
		String off = contact();
		topicOff(off, "INVOICE");
		JsonNode result = api.post("/api/v1/documents/" + invoice() + "/send", Map.of("contactIds", List.of(off))).json();
		assertThat(result.get("sent").toString()).isEqualTo("[\"" + off + "\"]");
		assertThat(result.get("skipped")).isEmpty();
	}

	@Test
	void archivedAndDoNotEmailAreSkippedWithReason() {
		String archived = contact();
		api.post("/api/v1/contacts/" + archived + "/archive", null);
		String quiet = contact("doNotEmail", true);
		String noEmail = api.post("/api/v1/accounts/" + account + "/contacts",
				Map.of("firstName", "No", "lastName", "Mail" + TestData.suffix(), "confirmNotDuplicate", true)).id();
		String fine = contact();
		JsonNode result = api.post("/api/v1/documents/" + invoice() + "/send",
				Map.of("contactIds", List.of(archived, quiet, noEmail, fine))).json();
		assertThat(result.get("sent").toString()).isEqualTo("[\"" + fine + "\"]");
		String skipped = result.get("skipped").toString();
		assertThat(skipped).contains(archived + "\",\"name\"").contains("ARCHIVED").contains("DO_NOT_EMAIL").contains("NO_EMAIL");
	}

	@Test
	void onlyContactWithTopicOffMeansNoEmail() {
		String only = contact();
		topicOff(only, "INVOICE");
		JsonNode result = api.post("/api/v1/documents/" + invoice() + "/send", null).json();
		assertThat(result.get("sent")).isEmpty();
		assertThat(result.get("note").asString()).contains("Nothing was sent");
		assertThat(result.get("skipped").get(0).get("reason").asString()).isEqualTo("TOPIC_OFF");
	}

	@Test
	void siteContactNotPreselectedForOtherSite() {
		String north = api.post("/api/v1/accounts/" + account + "/sites", Map.of("name", "North")).id();
		String south = api.post("/api/v1/accounts/" + account + "/sites", Map.of("name", "South")).id();
		String northContact = contact("siteIds", List.of(north));
		String accountLevel = contact();
		JsonNode southDoc = api.get("/api/v1/documents/" + invoice("siteId", south) + "/recipients").json();
		assertThat(southDoc.get("preselected").findValuesAsString("contactId")).containsExactly(accountLevel);
		assertThat(southDoc.get("skipped").toString()).contains(northContact).contains("OTHER_SITE");
		JsonNode accountWide = api.get("/api/v1/documents/" + invoice() + "/recipients").json();
		assertThat(accountWide.get("preselected").findValuesAsString("contactId")).contains(northContact, accountLevel);
	}

	@Test
	void notInvitedNotPreselectedWhenPortalOnly() {
		String invited = contact();
		api.post("/api/v1/contacts/" + invited + "/portal/invitations", null);
		String notInvited = contact();
		String etag = api.get("/api/v1/settings").header("ETag");
		api.with("If-Match", etag).patch("/api/v1/settings", Map.of("notifyOnlyPortalUsers", true));
		try {
			JsonNode recipients = api.get("/api/v1/documents/" + invoice() + "/recipients").json();
			assertThat(recipients.get("preselected").findValuesAsString("contactId")).containsExactly(invited);
			assertThat(recipients.get("skipped").toString()).contains(notInvited).contains("NOT_PORTAL_USER");
		}
		finally {
			api.patch("/api/v1/settings", Map.of("notifyOnlyPortalUsers", false));
		}
	}

	@Test
	void aSentDocumentIsHistoryAndOnTheTimeline() {
		String id = contact();
		api.post("/api/v1/documents/" + invoice() + "/send", null);
		assertThat(api.get("/api/v1/contacts/" + id + "/activity").json().get("items").findValuesAsString("type"))
				.contains("DOCUMENT_SENT");
		var refused = api.delete("/api/v1/contacts/" + id);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("history").toString()).contains("documents");
	}

	@Test
	void aNotificationEmailUsesTheTopicsTemplateAndIsInTheContactsHistory() {
		String email = TestData.email("invoiced");
		String id = contact("email", email, "sendWelcomeEmail", false);
		String invoice = invoice("number", "INV-MAIL-" + TestData.suffix());
		api.post("/api/v1/documents/" + invoice + "/send", null);
		var received = app.clientele.TestSmtp.awaitMessageTo(email);
		assertThat(received.subject()).contains("INV-MAIL-");
		assertThat(received.text()).contains("Monthly service");
		JsonNode history = api.get("/api/v1/contacts/" + id + "/emails").json().get("items");
		assertThat(history.findValuesAsString("template")).contains("NOTIFICATION_INVOICE");
	}

	@Test
	void contactsChangeTheirOwnTopicsInThePortalButNotWhenImpersonated() {
		String email = TestData.email("own");
		String id = contact("email", email);
		api.post("/api/v1/contacts/" + id + "/portal/invitations", null);
		app.clientele.PortalClient portal = new app.clientele.PortalClient(port);
		String token = app.clientele.TestLinks.portalToken(jdbc, id, "INVITATION");
		portal.post("/portal/api/activate", Map.of("token", token, "password", "my topics passphrase"));
		portal.post("/portal/api/login", Map.of("email", email, "password", "my topics passphrase"));
		assertThat(portal.get("/portal/api/me/notifications").json().get("topics").get("TICKET").asBoolean()).isTrue();
		JsonNode changed = portal.put("/portal/api/me/notifications", Map.of("topics", Map.of("TICKET", false))).json();
		assertThat(changed.get("topics").get("TICKET").asBoolean()).isFalse();
		assertThat(changed.get("topics").get("INVOICE").asBoolean()).isTrue();
		assertThat(api.get("/api/v1/contacts/" + id + "/notifications").json().get("topics").get("TICKET").asBoolean()).isFalse();

		app.clientele.PortalClient admin = impersonating(id);
		assertThat(admin.get("/portal/api/me").json().get("impersonated").asBoolean()).isTrue();
		assertThat(admin.get("/portal/api/me/notifications").json().get("topics").get("TICKET").asBoolean()).isFalse();
		var refused = admin.put("/portal/api/me/notifications", Map.of("topics", Map.of("TICKET", true, "INVOICE", false)));
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("type").asString()).endsWith("/problems/impersonation-read-only");
		JsonNode unchanged = api.get("/api/v1/contacts/" + id + "/notifications").json().get("topics");
		assertThat(unchanged.get("TICKET").asBoolean()).isFalse();
		assertThat(unchanged.get("INVOICE").asBoolean()).isTrue();
	}

	/** A portal client in an ADMIN's read-only impersonation session of the contact. */
	private app.clientele.PortalClient impersonating(String contactId) {
		String url = api.post("/api/v1/contacts/" + contactId + "/portal/impersonation", Map.of("reason", "Checking topics"))
				.json().get("url").asString();
		app.clientele.PortalClient admin = new app.clientele.PortalClient(port);
		assertThat(admin.get("/portal/impersonate?token=" + url.substring(url.indexOf("token=") + 6)).status()).isEqualTo(302);
		assertThat(admin.post("/portal/impersonate", null).status()).isEqualTo(302);
		return admin;
	}

	@Test
	void theConsoleSendPageShowsPreselectionAndWhoWasSkipped() {
		String on = contact();
		String off = contact();
		topicOff(off, "INVOICE");
		String invoice = invoice();
		app.clientele.Console console = app.clientele.Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		var page = console.get("/documents/" + invoice + "/send");
		assertThat(page.body()).contains("value=\"" + on + "\" checked").contains("(has this topic off)");
		var sent = console.submit("/documents/" + invoice + "/send", Map.of("contactIds", off));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/documents/" + invoice + "/send");
		var result = console.get("/documents/" + invoice + "/send").body();
		assertThat(result).contains("role=\"status\" data-flash>").contains("Sent to 1 contact.");
		assertThat(result).as("the ticks are cleared: a second send is a choice").doesNotContain("value=\"" + on + "\" checked");
		assertThat(console.get("/documents/" + invoice + "/send").body()).as("said once").doesNotContain("Sent to 1 contact.")
				.contains("value=\"" + on + "\" checked");
	}

	@Test
	void aPastDueInvoiceIsSentUnderThePastDueTopic() {
		String id = contact();
		topicOff(id, "PAST_DUE");
		String overdue = invoice("dueDate", java.time.LocalDate.now().minusDays(3).toString());
		JsonNode recipients = api.get("/api/v1/documents/" + overdue + "/recipients").json();
		assertThat(recipients.get("topic").asString()).isEqualTo("PAST_DUE");
		assertThat(recipients.get("preselected")).isEmpty();
	}
}
