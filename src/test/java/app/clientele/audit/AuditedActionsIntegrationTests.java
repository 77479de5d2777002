package app.clientele.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Each staff action the trail records, done through the API or the console as staff do it. */
@IntegrationTest
class AuditedActionsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api anonymous;
	Api admin;

	@BeforeEach
	void signIn() {
		anonymous = new Api(port);
		admin = anonymous.as(TestUsers.adminToken(anonymous));
	}

	@AfterEach
	void forgetFailures() {
		jdbc.sql("DELETE FROM sign_in_failure").update();
	}

	@Test
	void recordsStaffSignInsOnTheConsoleAndForApiTokens() {
		String id = staffMember("Sid Signin");
		Console.signIn(port, email(id), TestUsers.PASSWORD);
		// Forwarded headers count only behind a proxy the settings trust (none here): a client cannot name its address.
		TestUsers.token(anonymous.with("X-Forwarded-For", "203.0.113.9"), email(id), TestUsers.PASSWORD);
		List<JsonNode> signIns = entries("STAFF_SIGNED_IN", id);
		assertThat(signIns).extracting(e -> e.get("details").get("via").asString()).containsExactly("API_TOKEN", "CONSOLE");
		assertThat(signIns).allMatch(e -> e.get("actorId").asString().equals(id) && e.get("ip").asString().equals("127.0.0.1"));
	}

	@Test
	void recordsRefusedStaffSignInsWithWhyButNeverThePassword() {
		String id = staffMember("Fay Failing");
		assertThat(anonymous.post("/api/v1/auth/token", Map.of("email", email(id), "password", "wrong horse guess"))
				.status()).isEqualTo(401);
		Console.atSignInPage(port).submit("/login", Map.of("username", email(id), "password", "another wrong guess"));
		String stranger = "nobody-" + TestData.suffix() + "@example.com";
		anonymous.post("/api/v1/auth/token", Map.of("email", stranger, "password", "whatever it is"));
		List<JsonNode> failed = entries("STAFF_SIGN_IN_FAILED", id);
		assertThat(failed).extracting(e -> e.get("details").get("via").asString() + " " + e.get("details").get("reason")
				.asString()).containsExactly("CONSOLE WRONG_PASSWORD", "API_TOKEN WRONG_PASSWORD");
		JsonNode unknown = admin.get("/api/v1/audit?action=STAFF_SIGN_IN_FAILED&actor=" + Api.q(stranger)).json()
				.get("items").get(0);
		assertThat(unknown.get("actorKind").asString()).isEqualTo("UNKNOWN");
		assertThat(unknown.get("details").get("reason").asString()).isEqualTo("UNKNOWN_EMAIL");
		assertThat(admin.get("/api/v1/audit?action=STAFF_SIGN_IN_FAILED").text()).doesNotContain("wrong horse guess",
				"another wrong guess", "whatever it is");
	}

	@Test
	void recordsStaffUsersCreatedDisabledAndEnabledWithTheirRoles() {
		String id = staffMember("Dora Disabled");
		admin.post("/api/v1/staff/" + id + "/disable", null);
		admin.post("/api/v1/staff/" + id + "/enable", null);
		JsonNode created = entries("STAFF_CREATED", id).getFirst();
		assertThat(created.get("details").get("roles").toString()).isEqualTo("[\"SALES\"]");
		assertThat(created.get("actor").asString()).isEqualTo("Administrator (staff)");
		assertThat(created.toString()).doesNotContain(TestUsers.PASSWORD);
		assertThat(entries("STAFF_DISABLED", id).getFirst().get("details").get("enabled").toString())
				.isEqualTo("{\"after\":false,\"before\":true}");
		assertThat(entries("STAFF_ENABLED", id)).hasSize(1);
	}

	@Test
	void recordsSettingsChangedWithBeforeAndAfter() {
		String before = admin.get("/api/v1/settings").json().get("companyName").asString();
		String after = "Audited Co " + TestData.suffix();
		assertThat(admin.patch("/api/v1/settings", Map.of("companyName", after)).status()).isEqualTo(200);
		try {
			JsonNode change = admin.get("/api/v1/audit?action=SETTINGS_CHANGED&limit=1").json().get("items").get(0);
			assertThat(change.get("details").get("companyName").get("before").asString()).isEqualTo(before);
			assertThat(change.get("details").get("companyName").get("after").asString()).isEqualTo(after);
			assertThat(change.get("details").has("invitationTtlHours")).as("unchanged fields are left out").isFalse();
		}
		finally {
			admin.patch("/api/v1/settings", Map.of("companyName", before));
		}
	}

	@Test
	void recordsCustomFieldsDefinedChangedAndDeleted() {
		String key = "audited_" + TestData.suffix().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
		String id = admin.post("/api/v1/custom-fields", Map.of("entity", "CONTACT", "key", key, "label", "Audited",
				"type", "TEXT")).id();
		admin.patch("/api/v1/custom-fields/" + id, Map.of("label", "Audited again"));
		admin.delete("/api/v1/custom-fields/" + id);
		assertThat(entries("CUSTOM_FIELD_DEFINED", id).getFirst().get("details").get("key").asString()).isEqualTo(key);
		assertThat(entries("CUSTOM_FIELD_CHANGED", id).getFirst().get("details").toString())
				.contains("\"label\":{\"after\":\"Audited again\",\"before\":\"Audited\"}");
		assertThat(entries("CUSTOM_FIELD_DELETED", id)).hasSize(1);
	}

	@Test
	void recordsAccountClassesCreatedAndChanged() {
		String id = admin.post("/api/v1/account-classes", Map.of("name", "Audited class " + TestData.suffix())).id();
		admin.patch("/api/v1/account-classes/" + id, Map.of("portalEnabled", false));
		assertThat(entries("ACCOUNT_CLASS_CREATED", id).getFirst().get("details").get("portalEnabled").asBoolean()).isTrue();
		assertThat(entries("ACCOUNT_CLASS_CHANGED", id).getFirst().get("details").toString())
				.isEqualTo("{\"portalEnabled\":{\"after\":false,\"before\":true}}");
	}

	@Test
	void recordsEmailTemplatesChangedWithBeforeAndAfter() {
		String subject = "Your documents " + TestData.suffix();
		var before = admin.get("/api/v1/email-templates/NOTIFICATION_SERVICE");
		assertThat(admin.patch("/api/v1/email-templates/NOTIFICATION_SERVICE", Map.of("subject", subject)).status())
				.isEqualTo(200);
		try {
			JsonNode change = entries("EMAIL_TEMPLATE_CHANGED", "NOTIFICATION_SERVICE").getFirst();
			assertThat(change.get("details").get("subject").get("before").asString())
					.isEqualTo(before.json().get("subject").asString());
			assertThat(change.get("details").get("subject").get("after").asString()).isEqualTo(subject);
		}
		finally {
			admin.patch("/api/v1/email-templates/NOTIFICATION_SERVICE", Map.of("subject",
					before.json().get("subject").asString()));
		}
	}

	@Test
	void recordsImportsStartedAndUndone() {
		String number = "AUD-" + TestData.suffix();
		admin.post("/api/v1/accounts", Map.of("name", "Imported Co " + number, "accountNumber", number));
		Api.Response started = admin.upload("/api/v1/imports/contacts", "audited.csv",
				("firstName,lastName,accountNumber\r\nIna,Import," + number + "\r\n").getBytes(StandardCharsets.UTF_8),
				Map.of());
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		String id = started.id();
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> admin.get("/api/v1/imports/" + id).json()
				.get("status").asString().equals("DONE"));
		assertThat(admin.post("/api/v1/imports/" + id + "/undo", null).status()).isEqualTo(202);
		JsonNode imported = entries("IMPORT_STARTED", id).getFirst();
		assertThat(imported.get("target").get("label").asString()).isEqualTo("audited.csv");
		assertThat(imported.get("details").get("rows").asInt()).isEqualTo(1);
		assertThat(entries("IMPORT_UNDO_STARTED", id)).hasSize(1);
	}

	@Test
	void recordsContactsExported() {
		assertThat(admin.get("/api/v1/contacts/export.csv?q=audited").status()).isEqualTo(200);
		JsonNode export = admin.get("/api/v1/audit?action=CONTACTS_EXPORTED&limit=1").json().get("items").get(0);
		assertThat(export.get("details").get("format").asString()).isEqualTo("CSV");
		assertThat(export.get("details").get("filters").asString()).contains("audited");
	}

	@Test
	void recordsDuplicateScansAndMergesAndTheirUndo() {
		String account = admin.post("/api/v1/accounts", Map.of("name", "Merged Co " + TestData.suffix())).id();
		String scan = admin.post("/api/v1/duplicate-scans", Map.of("accountId", account)).id();
		assertThat(entries("DUPLICATE_SCAN_STARTED", scan).getFirst().get("details").get("accountId").asString())
				.isEqualTo(account);
		String survivor = contact(account, "Mona");
		String other = contact(account, "Mono");
		String mergeId = admin.post("/api/v1/contacts/" + survivor + "/merge", Map.of("otherId", other)).json()
				.get("mergeId").asString();
		JsonNode merged = entries("CONTACTS_MERGED", survivor).getFirst();
		assertThat(merged.get("details").get("merged").asString()).isEqualTo(other);
		assertThat(merged.get("details").get("differences").toString()).contains("firstName").doesNotContain("Mono");
		admin.post("/api/v1/merges/" + mergeId + "/undo", null);
		assertThat(entries("CONTACT_MERGE_UNDONE", survivor).getFirst().get("details").get("restored").asString())
				.isEqualTo(other);
	}

	@Test
	void recordsPortalImpersonationStartedWithWhoWhomWhyAndHowLong() {
		String account = admin.post("/api/v1/accounts", Map.of("name", "Seen Co " + TestData.suffix())).id();
		String contact = contact(account, "Ivo");
		admin.post("/api/v1/contacts/" + contact + "/portal/invitations", null);
		new app.clientele.PortalClient(port).post("/portal/api/activate", Map.of("token",
				app.clientele.TestLinks.portalToken(jdbc, contact, "INVITATION"), "password", "tulip kettle marathon 7"));
		var link = admin.post("/api/v1/contacts/" + contact + "/portal/impersonation",
				Map.of("reason", "customer asked on the phone"));
		assertThat(link.status()).as(link.toString()).isEqualTo(200);
		JsonNode started = entries("PORTAL_IMPERSONATION_STARTED", contact).getFirst();
		assertThat(started.get("actor").asString()).isEqualTo("Administrator (staff)");
		assertThat(started.get("details").get("reason").asString()).isEqualTo("customer asked on the phone");
		assertThat(Instant.parse(started.get("details").get("expiresAt").asString()))
				.isEqualTo(Instant.parse(link.json().get("expiresAt").asString()));
		assertThat(started.get("details").get("validForSeconds").asLong()).isBetween(1L, 300L);
		assertThat(started.toString()).doesNotContain(link.json().get("url").asString());
	}

	private String staffMember(String name) {
		String email = "audited-" + TestData.suffix() + "@staff.example.com";
		return admin.post("/api/v1/staff", Map.of("email", email, "name", name, "roles", List.of("SALES"), "password",
				TestUsers.PASSWORD)).id();
	}

	private String email(String staffId) {
		return admin.get("/api/v1/staff/" + staffId).json().get("email").asString();
	}

	private String contact(String account, String firstName) {
		return admin.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", firstName, "lastName",
				"Audit", "email", TestData.email(firstName.toLowerCase()), "confirmNotDuplicate", true)).id();
	}

	/** The entries of one action about one target, newest first. */
	private List<JsonNode> entries(String action, String targetId) {
		return admin.get("/api/v1/audit?limit=200&action=" + action).json().get("items").valueStream()
				.filter(e -> !e.get("target").isNull() && targetId.equals(e.get("target").get("id").asString()))
				.toList();
	}
}
