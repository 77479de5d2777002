package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
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
 * Merging two records of one person (issue 21): nothing of either is lost, the safest value
 * wins where it matters, the primary rule holds, and an undo within 30 days brings the other
 * back with its own fields and history. Portal logins: {@code PortalMergeIntegrationTests}.
 */
@IntegrationTest
class ContactMergeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api admin;
	Api manager;
	String account;

	@BeforeEach
	void setUp() {
		admin = new Api(port).as(TestUsers.adminToken(new Api(port)));
		manager = admin.as(TestUsers.token(admin, Role.MANAGER));
		account = admin.post("/api/v1/accounts", Map.of("name", "Merge Co " + TestData.suffix())).id();
	}

	@Test
	void everyKindOfHistoryMovesToTheSurvivor() {
		String survivor = contact(account, "Sam", Map.of());
		String other = contact(account, "Sammy", Map.of());
		admin.post("/api/v1/contacts/" + other + "/comments", Map.of("text", "Prefers calls after ten"));
		String document = admin.post("/api/v1/accounts/" + account + "/documents", Map.of("type", "INVOICE", "number",
				"INV-" + TestData.suffix(), "title", "Service")).id();
		assertThat(admin.post("/api/v1/documents/" + document + "/send", Map.of("contactIds", List.of(other)))
				.json().get("sent").toString()).contains(other);
		String list = admin.post("/api/v1/marketing-lists", Map.of("name", "List " + TestData.suffix())).id();
		assertThat(manager.post("/api/v1/marketing-lists/" + list + "/members", Map.of("contactIds", List.of(other)))
				.status()).isLessThan(300);
		UUID request = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO login_request (id, client_address, name, email, contact_id)
				VALUES (:id, '203.0.113.9', 'Sammy', 'sammy@example.com', CAST(:c AS uuid))
				""").param("id", request).param("c", other).update();
		int emails = admin.get("/api/v1/contacts/" + other + "/emails").json().get("items").size();
		int ownEmails = admin.get("/api/v1/contacts/" + survivor + "/emails").json().get("items").size();
		assertThat(emails).isPositive();

		JsonNode merged = manager.post("/api/v1/contacts/" + survivor + "/merge", Map.of("otherId", other)).json();

		assertThat(merged.get("mergeId").asString()).isNotBlank();
		JsonNode moves = merged.get("moves");
		assertThat(moves.get("comments").asInt()).isEqualTo(1);
		assertThat(moves.get("documents").asInt()).isEqualTo(1);
		assertThat(moves.get("emails").asInt()).isEqualTo(emails);
		assertThat(moves.get("listMemberships").asInt()).isEqualTo(1);
		assertThat(moves.get("loginRequests").asInt()).isEqualTo(1);
		assertThat(admin.get("/api/v1/contacts/" + other).status()).isEqualTo(404);
		assertThat(admin.get("/api/v1/contacts?q=Sammy").text()).doesNotContain(other);
		assertThat(admin.get("/api/v1/accounts/" + account + "/contacts").text()).doesNotContain(other).contains(survivor);
		assertThat(timeline(survivor)).extracting(e -> e.get("type").asString()).contains("COMMENT", "DOCUMENT_SENT", "MERGED");
		assertThat(timeline(survivor).toString()).contains("Prefers calls after ten");
		assertThat(timeline(survivor)).filteredOn(e -> e.get("type").asString().equals("MERGED")).singleElement()
				.satisfies(e -> assertThat(e.get("details").get("changes").toString()).as("both sides' old values")
						.contains("\"old\":\"Sam\"", "\"new\":\"Sammy\""));
		assertThat(admin.get("/api/v1/contacts/" + survivor + "/emails").json().get("items").size())
				.isEqualTo(ownEmails + emails);
		assertThat(admin.get("/api/v1/contacts/" + survivor + "/marketing-lists").text()).contains(list);
		assertThat(count("SELECT count(*) FROM document_delivery WHERE contact_id = CAST(:c AS uuid)", survivor)).isEqualTo(1);
		assertThat(count("SELECT count(*) FROM login_request WHERE contact_id = CAST(:c AS uuid)", survivor)).isEqualTo(1);
	}

	@Test
	void optOutsCarryOver() {
		String survivor = contact(account, "Olive", Map.of("marketingOptIn", true));
		String other = contact(account, "Oliver", Map.of("doNotEmail", true, "doNotCall", true, "mobileOptOut", true,
				"marketingOptIn", false));
		jdbc.sql("INSERT INTO marketing_opt_out (contact_id, via) VALUES (CAST(:c AS uuid), 'UNSUBSCRIBE_LINK')")
				.param("c", other).update();

		JsonNode after = manager.post("/api/v1/contacts/" + survivor + "/merge", Map.of("otherId", other)).json()
				.get("survivor");

		assertThat(after.get("doNotEmail").asBoolean()).isTrue();
		assertThat(after.get("doNotCall").asBoolean()).isTrue();
		assertThat(after.get("mobileOptOut").asBoolean()).isTrue();
		assertThat(after.get("marketingOptIn").asBoolean()).as("a missing consent on either side stays missing").isFalse();
		assertThat(count("SELECT count(*) FROM marketing_opt_out WHERE contact_id = CAST(:c AS uuid)", survivor))
				.as("the unsubscribe").isEqualTo(1);

		String both = contact(account, "Opal", Map.of("marketingOptIn", true));
		String alsoOptedIn = contact(account, "Opaline", Map.of("marketingOptIn", true));
		assertThat(manager.post("/api/v1/contacts/" + both + "/merge", Map.of("otherId", alsoOptedIn)).json()
				.get("survivor").get("marketingOptIn").asBoolean()).as("opted in on both sides").isTrue();
		assertThat(manager.post("/api/v1/contacts/" + both + "/merge/preview", Map.of("otherId", survivor,
				"keep", Map.of("doNotEmail", "THIS"))).json().get("errors").get(0).get("field").asString())
				.isEqualTo("keep.doNotEmail");
	}

	@Test
	void undoRestoresTheMergedContactAndItsHistory() {
		String survivorEmail = TestData.email("ursula");
		String otherEmail = TestData.email("ula");
		String survivor = contact(account, "Ursula", Map.of("email", survivorEmail, "tags", List.of("vip")));
		String other = contact(account, "Ula", Map.of("email", otherEmail, "jobTitle", "Buyer", "tags", List.of("north")));
		admin.post("/api/v1/contacts/" + other + "/comments", Map.of("text", "Ula's own note"));
		String list = admin.post("/api/v1/marketing-lists", Map.of("name", "List " + TestData.suffix())).id();
		manager.post("/api/v1/marketing-lists/" + list + "/members", Map.of("contactIds", List.of(other)));

		JsonNode merged = manager.post("/api/v1/contacts/" + survivor + "/merge", Map.of("otherId", other,
				"keep", Map.of("email", "OTHER", "jobTitle", "OTHER"))).json();
		assertThat(merged.get("survivor").get("email").asString()).isEqualTo(otherEmail);
		assertThat(merged.get("survivor").get("tags").toString()).contains("vip", "north");
		admin.post("/api/v1/contacts/" + survivor + "/comments", Map.of("text", "Said after the merge"));
		String mergeId = merged.get("mergeId").asString();

		Api.Response undone = manager.post("/api/v1/merges/" + mergeId + "/undo", null);

		assertThat(undone.status()).isEqualTo(200);
		JsonNode back = admin.get("/api/v1/contacts/" + other).json();
		assertThat(back.get("firstName").asString()).isEqualTo("Ula");
		assertThat(back.get("email").asString()).isEqualTo(otherEmail);
		assertThat(back.get("jobTitle").asString()).isEqualTo("Buyer");
		assertThat(timeline(other).toString()).contains("Ula's own note").doesNotContain("Said after the merge");
		assertThat(admin.get("/api/v1/contacts/" + other + "/marketing-lists").text()).contains(list);
		assertThat(timeline(survivor).toString()).contains("Said after the merge").doesNotContain("Ula's own note");
		assertThat(timeline(survivor)).extracting(e -> e.get("type").asString()).contains("MERGE_UNDONE");
		assertThat(admin.get("/api/v1/contacts/" + survivor).json().get("email").asString())
				.as("the survivor's own email again").isEqualTo(survivorEmail);

		Api.Response again = manager.post("/api/v1/merges/" + mergeId + "/undo", null);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("type").asString()).endsWith("merge-not-undoable");
		assertThat(again.json().get("reason").asString()).contains("undone already");
	}

	@Test
	void aMergeOlderThanThirtyDaysIsNotUndoable() {
		String survivor = contact(account, "Vera", Map.of());
		String other = contact(account, "Verity", Map.of());
		String mergeId = manager.post("/api/v1/contacts/" + survivor + "/merge", Map.of("otherId", other)).json()
				.get("mergeId").asString();
		jdbc.sql("UPDATE contact_merge SET merged_at = now() - interval '31 days' WHERE id = CAST(:m AS uuid)")
				.param("m", mergeId).update();

		Api.Response refused = manager.post("/api/v1/merges/" + mergeId + "/undo", null);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).endsWith("merge-not-undoable");
		assertThat(refused.json().get("reason").asString()).contains("30 days");
		assertThat(admin.get("/api/v1/contacts/" + other).status()).isEqualTo(404);
	}

	@Test
	void primaryRuleHoldsAfterAMerge() {
		String primary = contact(account, "Prima", Map.of());
		String survivor = contact(account, "Primo", Map.of());
		assertThat(admin.get("/api/v1/contacts/" + primary).json().get("primary").asBoolean()).isTrue();

		manager.post("/api/v1/contacts/" + survivor + "/merge", Map.of("otherId", primary));

		assertThat(admin.get("/api/v1/contacts/" + survivor).json().get("primary").asBoolean())
				.as("the merged-away primary's flag passes to the survivor").isTrue();
		assertThat(primaries(account)).isEqualTo(1);

		String elsewhere = admin.post("/api/v1/accounts", Map.of("name", "Elsewhere " + TestData.suffix())).id();
		String leaving = contact(elsewhere, "Lena", Map.of());
		String staying = contact(elsewhere, "Lars", Map.of());
		manager.post("/api/v1/contacts/" + survivor + "/merge", Map.of("otherId", leaving, "acrossAccounts", true));
		assertThat(admin.get("/api/v1/contacts/" + staying).json().get("primary").asBoolean())
				.as("the other account promotes, as when a primary leaves").isTrue();
		assertThat(primaries(account)).isEqualTo(1);
		assertThat(primaries(elsewhere)).isEqualTo(1);
	}

	@Test
	void mergingAcrossAccountsNeedsToBeAsked() {
		String elsewhere = admin.post("/api/v1/accounts", Map.of("name", "Elsewhere " + TestData.suffix())).id();
		String survivor = contact(account, "Ada", Map.of());
		String other = contact(elsewhere, "Adah", Map.of());

		Api.Response refused = manager.post("/api/v1/contacts/" + survivor + "/merge", Map.of("otherId", other));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).endsWith("merge-across-accounts");
		assertThat(admin.get("/api/v1/contacts/" + other).status()).isEqualTo(200);
		Api.Response asked = manager.post("/api/v1/contacts/" + survivor + "/merge",
				Map.of("otherId", other, "acrossAccounts", true));
		assertThat(asked.status()).isEqualTo(200);
		assertThat(asked.json().get("survivor").get("accountId").asString()).isEqualTo(account);
		assertThat(admin.get("/api/v1/contacts/" + other).status()).isEqualTo(404);
	}

	@Test
	void previewAnswersWhatTheMergeDoes() {
		String survivor = contact(account, "Petra", Map.of("tags", List.of("a")));
		String other = contact(account, "Pet", Map.of("jobTitle", "Owner", "doNotCall", true, "tags", List.of("b")));
		admin.post("/api/v1/contacts/" + other + "/comments", Map.of("text", "A comment"));
		Map<String, Object> body = Map.of("otherId", other, "keep", Map.of("jobTitle", "OTHER", "firstName", "OTHER"));
		// The welcome emails go out in the background, and their delivery is history too: let it settle.
		org.awaitility.Awaitility.await("the welcome emails sent").atMost(app.clientele.TestSmtp.WAIT)
				.until(() -> count("SELECT count(*) FROM outbox_email WHERE contact_id IN (CAST(:c AS uuid), CAST(:o AS uuid))"
						+ " AND status IN ('QUEUED', 'SENDING')", survivor, other) == 0);
		String before = admin.get("/api/v1/contacts/" + survivor).text();

		JsonNode preview = manager.post("/api/v1/contacts/" + survivor + "/merge/preview", body).json();

		assertThat(admin.get("/api/v1/contacts/" + other).status()).as("a preview changes nothing").isEqualTo(200);
		assertThat(admin.get("/api/v1/contacts/" + survivor).text()).isEqualTo(before);
		assertThat(timeline(other)).extracting(e -> e.get("type").asString()).contains("COMMENT").doesNotContain("MERGED");
		JsonNode merged = manager.post("/api/v1/contacts/" + survivor + "/merge", body).json();
		assertThat(preview.get("moves")).isEqualTo(merged.get("moves"));
		assertThat(preview.get("portal")).isEqualTo(merged.get("portal"));
		for (String field : List.of("firstName", "lastName", "jobTitle", "doNotCall", "tags", "email", "phones")) {
			assertThat(preview.get("survivor").get(field)).as(field).isEqualTo(merged.get("survivor").get(field));
		}
		assertThat(merged.get("survivor").get("firstName").asString()).isEqualTo("Pet");
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		String survivor = contact(account, "Bea", Map.of());
		String other = contact(account, "Beatrix", Map.of());
		String merge = "/api/v1/contacts/" + survivor + "/merge";

		assertThat(field(manager.post(merge, Map.of()))).isEqualTo("otherId");
		assertThat(field(manager.post(merge, Map.of("otherId", survivor)))).isEqualTo("otherId");
		assertThat(field(manager.post(merge, Map.of("otherId", other, "keep", Map.of("shoeSize", "OTHER")))))
				.isEqualTo("keep.shoeSize");
		assertThat(field(manager.post(merge, Map.of("otherId", other, "keep", Map.of("firstName", "BOTH")))))
				.isEqualTo("keep.firstName");
		assertThat(manager.post(merge, Map.of("otherId", UUID.randomUUID())).status()).isEqualTo(404);
		assertThat(manager.post("/api/v1/merges/" + UUID.randomUUID() + "/undo", null).status()).isEqualTo(404);
		assertThat(admin.get("/api/v1/contacts/" + other).status()).isEqualTo(200);
	}

	private String field(Api.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		return response.json().get("errors").get(0).get("field").asString();
	}

	private String contact(String accountId, String firstName, Map<String, Object> fields) {
		Map<String, Object> body = new HashMap<>(Map.of("firstName", firstName, "lastName", "Merge" + TestData.suffix(),
				"email", TestData.email(firstName.toLowerCase()), "confirmNotDuplicate", true));
		body.putAll(fields);
		Api.Response created = admin.post("/api/v1/accounts/" + accountId + "/contacts", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	private List<JsonNode> timeline(String contactId) {
		List<JsonNode> entries = new java.util.ArrayList<>();
		admin.get("/api/v1/contacts/" + contactId + "/activity").json().get("items").forEach(entries::add);
		return entries;
	}

	private long count(String sql, String contactId) {
		return jdbc.sql(sql).param("c", contactId).query(Long.class).single();
	}

	private long count(String sql, String contactId, String otherId) {
		return jdbc.sql(sql).param("c", contactId).param("o", otherId).query(Long.class).single();
	}

	private long primaries(String accountId) {
		return count("SELECT count(*) FROM contact WHERE account_id = CAST(:c AS uuid) AND is_primary AND archived_at IS NULL",
				accountId);
	}
}
