package app.clientele.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's review queue of duplicates over plain HTTP: "Find duplicates" and its progress,
 * the pairs side by side with their reasons in words, the filters, "Not a duplicate", the contact
 * page's possible duplicates and the menu entry.
 */
@IntegrationTest
class DuplicatePagesIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	Api api;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		account = api.post("/api/v1/accounts", Map.of("name", "Dupes " + UUID.randomUUID())).id();
	}

	@Test
	void findDuplicatesShowsItsProgressThenThePairsHighestScoreFirstWithReasonsInWords() {
		String last = unique("Nowakowska");
		String phone = TestData.phone();
		String email = TestData.email("same");
		contact("Agnieszka", last, "phones", List.of(Map.of("type", "MOBILE", "number", phone)));
		contact("Agnieszka", last + "x", "phones", List.of(Map.of("type", "MOBILE", "number", phone)));
		String first = contact("Emil", unique("Mailer"), "email", email);
		api.post("/api/v1/contacts/" + first + "/archive", null);
		String other = api.post("/api/v1/accounts", Map.of("name", "Elsewhere " + UUID.randomUUID())).id();
		contactIn(other, "Emilia", unique("Mail"), "email", email);
		Console console = admin();
		assertThat(console.get("/duplicates?accountId=" + account).body()).contains("Find duplicates in Dupes ");
		HttpResponse<String> page = console.get("/duplicates");
		HttpResponse<String> started = console.submitOn(page, "/duplicates/scans", Map.of());
		assertThat(started.statusCode()).isEqualTo(302);
		String location = started.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("scan=");
		String scan = location.substring(location.indexOf("scan=") + 5);
		assertThat(console.get(location).body()).contains("data-scan-progress").contains("<progress");
		await().atMost(PATIENCE).until(() -> console.get("/duplicates/scans/" + scan + "/progress").body()
				.contains("data-status=\"DONE\""));
		assertThat(console.get("/duplicates/scans/" + scan + "/progress").body()).doesNotContain("hx-trigger")
				.contains("100% done").contains("Show the pairs found");
		String queue = console.get("/duplicates?accountId=" + account).body();
		assertThat(queue).contains("Agnieszka " + last, "Agnieszka " + last + "x", phone, email)
				.contains("same phone", "same email").containsPattern("name 0\\.\\d\\d similar");
		List<Double> scores = java.util.regex.Pattern.compile("data-pair=\"[^\"]+\">\\s*<td>([0-9.]+)</td>").matcher(queue)
				.results().map(m -> Double.parseDouble(m.group(1))).toList();
		assertThat(scores).hasSize(2).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void theQueueFiltersByReason() {
		String phone = TestData.phone();
		contact("Filip", unique("Phone"), "phones", List.of(Map.of("type", "MOBILE", "number", phone)));
		contact("Fryderyk", unique("Phone"), "phones", List.of(Map.of("type", "WORK", "number", phone)));
		String last = unique("Namesake");
		contact("Franciszek", last);
		contact("Franciszka", last);
		scan();
		Console console = admin();
		assertThat(console.get("/duplicates?accountId=" + account + "&reason=SAME_PHONE").body())
				.contains("Filip").doesNotContain("Franciszek");
		assertThat(console.get("/duplicates?accountId=" + account + "&reason=SIMILAR_NAME").body())
				.contains("Franciszek").doesNotContain("Filip");
		assertThat(console.get("/duplicates?accountId=" + account).body()).contains("Filip", "Franciszek");
	}

	@Test
	void notADuplicateTakesThePairOffTheQueueAndTheContactPage() {
		String last = unique("Wisniewski");
		String one = contact("Tomasz", last);
		String two = contact("Tomek", last + "i");
		String keep = contact("Tomasz", last + "y");
		scan();
		Console console = admin();
		String contactPage = console.get("/contacts/" + one).body();
		assertThat(contactPage).contains("data-possible-duplicates").contains("href=\"/contacts/" + two + "\"")
				.contains("href=\"/contacts/" + keep + "\"");
		String pair = api.get("/api/v1/duplicate-pairs?accountId=" + account).json().get("items").valueStream()
				.filter(p -> p.get("contactIds").toString().contains(one) && p.get("contactIds").toString().contains(two))
				.findFirst().orElseThrow().get("id").asString();
		HttpResponse<String> page = console.get("/duplicates?accountId=" + account);
		assertThat(page.body()).contains("data-pair=\"" + pair + "\"");
		HttpResponse<String> dismissed = console.submitOn(page, "/duplicates/pairs/" + pair + "/dismiss",
				Map.of("accountId", account));
		assertThat(dismissed.statusCode()).isEqualTo(302);
		assertThat(dismissed.headers().firstValue("Location").orElseThrow()).contains("/duplicates?accountId=" + account);
		assertThat(console.get("/duplicates?accountId=" + account).body()).doesNotContain("data-pair=\"" + pair + "\"")
				.contains("Marked as not a duplicate");
		assertThat(console.get("/contacts/" + one).body()).doesNotContain("href=\"/contacts/" + two + "\"")
				.contains("href=\"/contacts/" + keep + "\"");
	}

	@Test
	void aContactWithoutPossibleDuplicatesShowsNone() {
		String alone = contact("Solitary", unique("Person"));
		assertThat(admin().get("/contacts/" + alone).body()).doesNotContain("data-possible-duplicates");
	}

	@Test
	void theSettingsMenuOffersDuplicatesToAdminsAndManagersOnly() {
		assertThat(admin().get("/contacts").body()).contains("href=\"/duplicates\"");
		assertThat(as(Role.MANAGER).get("/duplicates").statusCode()).isEqualTo(200);
		assertThat(as(Role.MANAGER).get("/contacts").body()).contains("href=\"/duplicates\"");
		assertThat(as(Role.SALES).get("/contacts").body()).doesNotContain("href=\"/duplicates\"");
		assertThat(as(Role.SALES).get("/duplicates").statusCode()).isEqualTo(403);
	}

	private void scan() {
		String id = api.post("/api/v1/duplicate-scans", Map.of("accountId", account)).id();
		await().atMost(PATIENCE).until(() -> api.get("/api/v1/duplicate-scans/" + id).json().get("status").asString()
				.equals("DONE"));
	}

	private String contact(String first, String last, Object... more) {
		return contactIn(account, first, last, more);
	}

	private String contactIn(String accountId, String first, String last, Object... more) {
		Map<String, Object> body = new HashMap<>(Map.of("firstName", first, "lastName", last, "confirmNotDuplicate", true));
		for (int i = 0; i < more.length; i += 2) {
			body.put((String) more[i], more[i + 1]);
		}
		Api.Response created = api.post("/api/v1/accounts/" + accountId + "/contacts", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.id();
	}

	private Console admin() {
		return Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
	}

	private Console as(Role role) {
		TestUsers.token(new Api(port), role);
		return Console.signIn(port, role.name().toLowerCase() + "@staff.example.com", TestUsers.PASSWORD);
	}

	private static String unique(String prefix) {
		return prefix + UUID.randomUUID().toString().substring(0, 8);
	}
}
