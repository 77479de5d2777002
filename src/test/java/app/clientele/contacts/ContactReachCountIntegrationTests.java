package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The counts of contacts per marketing reason (issue 19), kept as contacts are written, equal a
 * full recount of contact_emailability after every path that writes contacts. Both are read in
 * one statement, so other tests' writes meanwhile cannot make them differ.
 */
@IntegrationTest
class ContactReachCountIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ContactReachCompaction compaction;

	Api api;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		account = api.post("/api/v1/accounts", Map.of("name", "Counted " + TestData.suffix())).id();
	}

	@Test
	void countsStayExactThroughCreateUpdateArchiveRestoreAndDelete() {
		String id = create("Created", "email", TestData.email("created"));
		assertExact("create");
		assertThat(api.patch("/api/v1/contacts/" + id, Map.of("marketingOptIn", true)).status()).isEqualTo(200);
		assertExact("opt in");
		assertThat(api.patch("/api/v1/contacts/" + id, Map.of("doNotEmail", true)).status()).isEqualTo(200);
		assertExact("do not email");
		assertThat(api.patch("/api/v1/contacts/" + id, Map.of("jobTitle", "Buyer")).status()).isEqualTo(200);
		assertExact("an edit that changes no reason");
		create("Other");
		assertThat(api.post("/api/v1/contacts/" + id + "/archive", null).status()).isEqualTo(200);
		assertExact("archive");
		assertThat(api.post("/api/v1/contacts/" + id + "/restore", null).status()).isEqualTo(200);
		assertExact("restore");
		var deleted = api.delete("/api/v1/contacts/" + create("Deleted", "doNotEmail", true));
		assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
		assertExact("delete");
	}

	@Test
	void countsStayExactThroughBulkDeleteMoveAndMerge() {
		String a = create("Bulk", "email", TestData.email("bulk"), "marketingOptIn", true);
		String b = create("Bulky");
		var deleted = api.post("/api/v1/contacts/bulk-delete", Map.of("ids", List.of(a, b)));
		assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
		assertExact("bulk delete");

		create("Stays");
		String moving = create("Moving", "email", TestData.email("moving"));
		String elsewhere = api.post("/api/v1/accounts", Map.of("name", "Elsewhere " + TestData.suffix())).id();
		assertThat(api.post("/api/v1/contacts/" + moving + "/move", Map.of("accountId", elsewhere)).status()).isEqualTo(200);
		assertExact("move");

		String survivor = create("Merged", "email", TestData.email("survivor"), "marketingOptIn", true);
		String other = create("Merged", "email", TestData.email("other"));
		var merged = api.post("/api/v1/contacts/" + survivor + "/merge", Map.of("otherId", other));
		assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
		assertExact("merge");
		var undone = api.post("/api/v1/merges/" + merged.json().get("mergeId").asString() + "/undo", null);
		assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
		assertExact("merge undone");
	}

	@Test
	void countsStayExactThroughABatchImportAndCompaction() {
		String accountName = api.get("/api/v1/accounts/" + account).json().get("name").asString();
		String last = "Imported" + TestData.suffix().replaceAll("[0-9]", "z");
		String csv = "First name;Last name;Email;Company\n" + "Ida;" + last + ";" + TestData.email("ida") + ";" + accountName
				+ "\n" + "Ivo;" + last + ";;" + accountName + "\n";
		String id = api.upload("/api/v1/imports/contacts", "counted.csv", csv.getBytes(StandardCharsets.UTF_8),
				Map.of("onDuplicate", "CREATE"))
				.id();
		await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/imports/" + id).json().get("status")
				.asString().equals("DONE"));
		assertThat(api.get("/api/v1/contacts?q=" + last).json().get("items").size()).as(api.get("/api/v1/imports/" + id)
				.text()).isEqualTo(2);
		assertExact("import");
		compaction.compact();
		assertExact("compaction");
		assertThat(jdbc.sql("SELECT count(*) FROM contact_reach_count").query(Long.class).single())
				.as("one row per reason after compaction, give or take another test's writes").isLessThanOrEqualTo(10);
	}

	/** The kept counts and a full recount, read in one statement (one snapshot). */
	private void assertExact(String after) {
		Map<String, Map<String, Long>> both = new HashMap<>();
		jdbc.sql("""
				SELECT 'kept' AS side, reason, contacts FROM contact_marketing_reason_count WHERE contacts <> 0
				UNION ALL
				SELECT 'recount', coalesce(marketing_reason, 'ALLOWED'), count(*) FROM contact_emailability GROUP BY 2
				""").query(rs -> {
					both.computeIfAbsent(rs.getString("side"), s -> new TreeMap<>()).put(rs.getString("reason"),
							rs.getLong("contacts"));
				});
		assertThat(both.get("kept")).as("after " + after).isEqualTo(both.get("recount"));
	}

	private String create(String first, Object... more) {
		Map<String, Object> body = new HashMap<>(Map.of("firstName", first, "lastName", "Count" + TestData.suffix()
				.replaceAll("[0-9]", "q"), "confirmNotDuplicate", true));
		for (int i = 0; i < more.length; i += 2) {
			body.put((String) more[i], more[i + 1]);
		}
		var created = api.post("/api/v1/accounts/" + account + "/contacts", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}
}
