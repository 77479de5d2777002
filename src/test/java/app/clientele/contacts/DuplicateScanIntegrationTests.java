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
import app.clientele.jobs.JobContext;
import app.clientele.jobs.JobId;
import app.clientele.platform.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Duplicates already on record (issue 21): scans with the rules of the check at creation, the queue, "not a duplicate". */
@IntegrationTest
class DuplicateScanIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	DuplicateScanJob job;

	@Autowired
	JdbcClient jdbc;

	Api api;
	TestDuplicateScans scans;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		scans = new TestDuplicateScans(api);
	}

	@Test
	void aScanFindsPairsByTheRulesOfTheCheckAtCreation() {
		String last = unique("Kowalczyk");
		String email = TestData.email("kasia");
		String phone = TestData.phone();
		String a = account();
		String b = account();
		String c = account();
		String kasia = contact(a, "Katarzyna", last, "email", email, "phones", mobile(phone));
		String typo = contact(a, "Katarzina", last);
		String sameEmail = contact(b, "Kate", unique("Other"), "email", email);
		String sameName = contact(b, "Katarzyna", last);
		String samePhone = contact(c, "Phil", unique("Phones"), "phones", mobile(phone));
		assertThat(scans.run(null).get("status").asString()).isEqualTo("DONE");
		List<JsonNode> pairs = new java.util.ArrayList<>(scans.pairs(a));
		pairs.addAll(scans.pairs(b).stream().filter(p -> !pairs.contains(p)).toList());
		pairs.addAll(scans.pairs(c).stream().filter(p -> !pairs.contains(p)).toList());
		assertThat(TestDuplicateScans.seenFrom(kasia, pairs)).hasSize(4);
		assertThat(pairs.toString()).contains("SAME_EMAIL", "SAME_PHONE", "SIMILAR_NAME");
		for (String id : List.of(kasia, typo, sameEmail, sameName, samePhone)) {
			assertThat(TestDuplicateScans.seenFrom(id, pairs)).as(id)
					.containsExactlyInAnyOrderElementsOf(checkAtCreation(id));
		}
		assertThat(pairs.stream().map(p -> p.get("score").asDouble()).toList())
				.isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void aDismissedPairNeverComesBack() {
		String a = account();
		String phone = TestData.phone();
		String one = contact(a, "Dismissed", unique("One"), "phones", mobile(phone));
		contact(a, "Dismissed", unique("Two"), "phones", mobile(phone));
		scans.run(a);
		List<JsonNode> pairs = scans.pairs(a);
		assertThat(pairs).hasSize(1);
		String pair = pairs.getFirst().get("id").asString();
		assertThat(api.post("/api/v1/duplicate-pairs/" + pair + "/dismiss", null).status()).isEqualTo(204);
		assertThat(scans.pairs(a)).isEmpty();
		scans.run(a);
		scans.run(null);
		assertThat(scans.pairs(a)).isEmpty();
		assertThat(TestDuplicateScans.seenFrom(one, scans.pairs(a))).isEmpty();
		assertThat(api.post("/api/v1/duplicate-pairs/" + UUID.randomUUID() + "/dismiss", null).status()).isEqualTo(404);
	}

	@Test
	void aScanOfOneAccountStaysInIt() {
		String a = account();
		String b = account();
		String email = TestData.email("stay");
		String phone = TestData.phone();
		String inside = contact(a, "Inside", unique("Stays"), "email", email, "phones", mobile(phone));
		String twin = contact(a, "Twin", unique("Inside"), "phones", mobile(phone));
		contact(b, "Outside", unique("Elsewhere"), "email", email);
		JsonNode scan = scans.run(a);
		assertThat(scan.get("accountId").asString()).isEqualTo(a);
		assertThat(scan.get("progress").asInt()).isEqualTo(100);
		List<JsonNode> pairs = scans.pairs(a);
		assertThat(pairs).hasSize(1);
		assertThat(pairs.getFirst().get("contactIds").toString()).contains(inside, twin);
		assertThat(scans.pairs(b)).isEmpty();
	}

	@Test
	void aLaterScanRefreshesScoresAndRemovesPairsNoLongerFound() {
		String a = account();
		String last = unique("Refresh");
		String phone = TestData.phone();
		contact(a, "Rafaela", last, "phones", mobile(phone));
		String other = contact(a, "Rafaella", last, "phones", mobile(phone));
		scans.run(a);
		assertThat(scans.pairs(a).getFirst().get("reasons").toString()).contains("SAME_PHONE", "SIMILAR_NAME");
		api.patch("/api/v1/contacts/" + other, Map.of("firstName", "Zbigniew", "lastName", unique("Else")));
		scans.run(a);
		JsonNode refreshed = scans.pairs(a).getFirst();
		assertThat(refreshed.get("reasons").toString()).isEqualTo("[\"SAME_PHONE\"]");
		assertThat(refreshed.get("score").asDouble()).isEqualTo(0.85);
		api.patch("/api/v1/contacts/" + other, Map.of("phones", List.of()));
		scans.run(a);
		assertThat(scans.pairs(a)).isEmpty();
	}

	@Test
	void aChunkRunAgainAfterARestartNeverDoublesAPair() {
		String a = account();
		String phone = TestData.phone();
		String one = contact(a, "Restart", unique("One"), "phones", mobile(phone));
		contact(a, "Restart", unique("Two"), "phones", mobile(phone));
		String scan = scans.run(a).get("id").asString();
		JobContext again = new JobContext(new JobId(UUID.fromString(scan)), DuplicateScanJob.KIND, "{}", Actor.SYSTEM);
		assertThat(job.next(again, null).finished()).isTrue();
		assertThat(scans.pairs(a)).hasSize(1);
		assertThat(jdbc.sql("SELECT count(*) FROM contact_duplicate_pair WHERE contact_a = :c OR contact_b = :c")
				.param("c", UUID.fromString(one)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aScanGoesOnFromTheLastAccountDone() {
		String a = account();
		String b = account();
		String first = DuplicateScanJob.inDatabaseOrder(UUID.fromString(a), UUID.fromString(b)) ? a : b;
		String second = first.equals(a) ? b : a;
		String phone = TestData.phone();
		String done = contact(first, "Resume", unique("Done"), "phones", mobile(phone));
		contact(first, "Resume", unique("Done"), "phones", mobile(phone));
		String otherPhone = TestData.phone();
		String next = contact(second, "Resume", unique("Next"), "phones", mobile(otherPhone));
		contact(second, "Resume", unique("Next"), "phones", mobile(otherPhone));
		String scan = scans.run(null).get("id").asString();
		jdbc.sql("DELETE FROM contact_duplicate_pair WHERE contact_a IN (CAST(:a AS uuid), CAST(:b AS uuid)) "
				+ "OR contact_b IN (CAST(:a AS uuid), CAST(:b AS uuid))").param("a", done).param("b", next).update();
		JobContext resumed = new JobContext(new JobId(UUID.fromString(scan)), DuplicateScanJob.KIND, "{}", Actor.SYSTEM);
		String checkpoint = "account:" + first;
		for (int chunks = 0; checkpoint != null && chunks < 1000; chunks++) {
			checkpoint = job.next(resumed, checkpoint).checkpoint();
		}
		assertThat(pairsOf(next)).as("the accounts after the checkpoint are scanned").isEqualTo(1);
		assertThat(pairsOf(done)).as("the account of the checkpoint was done").isZero();
	}

	@Test
	void aScanFindsPairsOfContactsWithoutAnAccount() {
		String a = account();
		String phone = TestData.phone();
		String one = contact(a, "Loose", unique("One"), "phones", mobile(phone));
		String two = contact(a, "Loose", unique("Two"), "phones", mobile(phone));
		jdbc.sql("UPDATE contact SET account_id = NULL, is_primary = false WHERE id IN (CAST(:a AS uuid), CAST(:b AS uuid))")
				.param("a", one).param("b", two).update();
		scans.run(null);
		assertThat(pairsOf(one)).isEqualTo(1);
		assertThat(pairsOf(two)).isEqualTo(1);
	}

	private long pairsOf(String contactId) {
		return jdbc.sql("SELECT count(*) FROM contact_duplicate_pair WHERE contact_a = CAST(:c AS uuid) OR contact_b = CAST(:c AS uuid)")
				.param("c", contactId).query(Long.class).single();
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		assertProblem(api.post("/api/v1/duplicate-scans", Map.of("accountId", "not-an-id")), "accountId");
		assertProblem(api.post("/api/v1/duplicate-scans", Map.of("accountId", UUID.randomUUID().toString())), "accountId");
		assertProblem(api.get("/api/v1/duplicate-pairs?after=garbage"), "after");
		assertProblem(api.get("/api/v1/duplicate-pairs?accountId=nope"), "accountId");
		assertProblem(api.get("/api/v1/duplicate-pairs?reason=SAME_SHOES"), "reason");
		assertProblem(api.get("/api/v1/duplicate-pairs?limit=0"), "limit");
		assertThat(api.get("/api/v1/duplicate-scans/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/duplicate-scans/not-an-id").status()).isEqualTo(400);
	}

	private static void assertProblem(Api.Response response, String field) {
		assertThat(response.status()).as(response.text()).isEqualTo(400);
		assertThat(response.text()).contains(field);
	}

	/** What the check at creation finds for the contact as if entered again, itself left out. */
	private List<String> checkAtCreation(String id) {
		JsonNode c = api.get("/api/v1/contacts/" + id).json();
		StringBuilder query = new StringBuilder("/api/v1/contacts/duplicates?accountId=" + c.get("accountId").asString()
				+ "&firstName=" + Api.q(c.get("firstName").asString()) + "&lastName=" + Api.q(c.get("lastName").asString()));
		if (c.hasNonNull("email")) {
			query.append("&email=").append(Api.q(c.get("email").asString()));
		}
		if (!c.get("phones").isEmpty()) {
			query.append("&phone=").append(Api.q(c.get("phones").get(0).get("number").asString()));
		}
		JsonNode candidates = api.get(query.toString()).json().get("candidates");
		List<String> found = new java.util.ArrayList<>();
		candidates.forEach(k -> {
			if (!k.get("contactId").asString().equals(id)) {
				found.add(k.get("contactId").asString() + " " + k.get("score").asDouble() + " " + k.get("reasons"));
			}
		});
		return found;
	}

	private String account() {
		return api.post("/api/v1/accounts", Map.of("name", "Dup " + UUID.randomUUID())).id();
	}

	private String contact(String account, String first, String last, Object... more) {
		Map<String, Object> body = new HashMap<>(Map.of("firstName", first, "lastName", last, "confirmNotDuplicate", true));
		for (int i = 0; i < more.length; i += 2) {
			body.put((String) more[i], more[i + 1]);
		}
		Api.Response created = api.post("/api/v1/accounts/" + account + "/contacts", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.id();
	}

	private static List<Map<String, String>> mobile(String number) {
		return List.of(Map.of("type", "MOBILE", "number", number));
	}

	private static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}
}
