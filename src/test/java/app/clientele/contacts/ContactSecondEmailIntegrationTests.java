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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A contact's second email through the API: its rules, and that duplicates and search know it. */
@IntegrationTest
class ContactSecondEmailIntegrationTests {

	@LocalServerPort
	int port;

	Api api;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		account = newAccount();
	}

	String newAccount() {
		return api.post("/api/v1/accounts", Map.of("name", "Second " + UUID.randomUUID())).id();
	}

	Api.Response create(String accountId, Object... fields) {
		Map<String, Object> body = new HashMap<>();
		body.put("firstName", "Sam");
		body.put("lastName", "Second" + TestData.suffix());
		for (int i = 0; i < fields.length; i += 2) {
			body.put((String) fields[i], fields[i + 1]);
		}
		return api.post("/api/v1/accounts/" + accountId + "/contacts", body);
	}

	static String field(Api.Response refused) {
		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		return refused.json().get("errors").get(0).get("field").asString();
	}

	@Test
	void keepsASecondEmailWithItsLabel() {
		String second = TestData.email("home");
		var created = create(account, "email", TestData.email("work"), "secondEmail", " " + second + " ",
				"secondEmailLabel", "PERSONAL");
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode read = api.get("/api/v1/contacts/" + created.id()).json();
		assertThat(read.get("secondEmail").asString()).isEqualTo(second);
		assertThat(read.get("secondEmailLabel").asString()).isEqualTo("PERSONAL");
		var relabelled = api.patch("/api/v1/contacts/" + created.id(), Map.of("secondEmailLabel", "BILLING"));
		assertThat(relabelled.json().get("secondEmailLabel").asString()).isEqualTo("BILLING");
		assertThat(relabelled.json().get("secondEmail").asString()).isEqualTo(second);
	}

	@Test
	void refusesASecondEmailEqualToTheEmail() {
		String email = TestData.email("same");
		assertThat(field(create(account, "email", email, "secondEmail", email.toUpperCase()))).isEqualTo("secondEmail");
	}

	@Test
	void refusesASecondEmailTheEmailRuleRefuses() {
		assertThat(field(create(account, "secondEmail", "not an email"))).isEqualTo("secondEmail");
		assertThat(field(create(account, "secondEmail", "pat@example.con"))).isEqualTo("secondEmail");
		assertThat(field(create(account, "secondEmail", "pat@intranet.internal"))).isEqualTo("secondEmail");
		assertThat(create(account, "secondEmailLabel", "PRIVATE").status()).isEqualTo(400);
	}

	@Test
	void aSecondEmailEqualToAnotherContactsEmailIsALikelyDuplicate() {
		String email = TestData.email("taken");
		create(newAccount(), "email", email);
		var likely = create(account, "secondEmail", email.toUpperCase());
		assertThat(likely.status()).as(likely.text()).isEqualTo(409);
		assertThat(likely.json().get("candidates").get(0).get("reasons").toString()).contains("SAME_EMAIL");
		assertThat(likely.json().get("confirmable").asBoolean()).isTrue();
		assertThat(create(account, "secondEmail", email, "confirmNotDuplicate", true).status()).isEqualTo(201);
	}

	@Test
	void anEmailEqualToAnotherContactsSecondEmailIsALikelyDuplicate() {
		String email = TestData.email("second");
		create(account, "secondEmail", email);
		var likely = create(account, "email", email);
		assertThat(likely.status()).as(likely.text()).isEqualTo(409);
		assertThat(likely.json().get("candidates").get(0).get("reasons").toString()).contains("SAME_EMAIL");
	}

	@Test
	void searchFindsAContactByItsSecondEmail() {
		String email = TestData.email("findme");
		String id = create(account, "secondEmail", email).id();
		assertThat(ids(email)).containsExactly(id);
		assertThat(ids(email.substring(0, email.indexOf('@') + 1))).containsExactly(id);
		assertThat(ids(email.substring(0, email.indexOf('@') + 1).toUpperCase())).containsExactly(id);
	}

	@Test
	void theHistoryRecordsTheSecondEmail() {
		String id = create(account).id();
		String email = TestData.email("later");
		api.patch("/api/v1/contacts/" + id, Map.of("secondEmail", email, "secondEmailLabel", "WORK"));
		JsonNode changes = api.get("/api/v1/contacts/" + id + "/activity").json().get("items").get(0).get("details")
				.get("changes");
		assertThat(changes.toString()).contains("\"field\":\"secondEmail\"").contains("\"new\":\"" + email + "\"")
				.contains("\"field\":\"secondEmailLabel\"");
	}

	@Test
	void aMergeKeepsTheOthersSecondEmailAndEveryAddress() {
		String second = TestData.email("other");
		String survivor = create(account, "addresses", List.of(Map.of("type", "WORK", "lines", List.of("Work 1"),
				"country", "DE"))).id();
		String other = create(account, "secondEmail", second, "secondEmailLabel", "PERSONAL", "addresses",
				List.of(Map.of("type", "HOME", "lines", List.of("Home 1"), "country", "DE")), "confirmNotDuplicate", true)
				.id();
		var merged = api.post("/api/v1/contacts/" + survivor + "/merge", Map.of("otherId", other));
		assertThat(merged.status()).as(merged.text()).isEqualTo(200);
		JsonNode after = api.get("/api/v1/contacts/" + survivor).json();
		assertThat(after.get("secondEmail").asString()).isEqualTo(second);
		assertThat(after.get("secondEmailLabel").asString()).isEqualTo("PERSONAL");
		assertThat(after.get("addresses").findValuesAsString("type")).containsExactly("WORK", "HOME");
	}

	List<String> ids(String q) {
		return api.get("/api/v1/contacts?q=" + Api.q(q)).json().get("items").findValuesAsString("id");
	}
}
