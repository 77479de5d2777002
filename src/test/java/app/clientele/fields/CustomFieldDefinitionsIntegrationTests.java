package app.clientele.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Defining, changing and deleting custom fields: the rules that keep stored values meaningful. */
@IntegrationTest
class CustomFieldDefinitionsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;
	TestCustomFields fields;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		fields = new TestCustomFields(api);
		account = api.post("/api/v1/accounts", Map.of("name", "Acct " + UUID.randomUUID())).id();
	}

	@AfterEach
	void tearDown() {
		fields.deleteAll();
	}

	String contactWith(String key, Object value) {
		Map<String, Object> body = new HashMap<>();
		body.put("firstName", "Def" + UUID.randomUUID().toString().substring(0, 8));
		body.put("lastName", "Person");
		body.put("customFields", Map.of(key, value));
		var created = api.post("/api/v1/accounts/" + account + "/contacts", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.id();
	}

	JsonNode valueOf(String contactId, String key) {
		return api.get("/api/v1/contacts/" + contactId).json().get("customFields").get(key);
	}

	@Test
	void onlyAdminsDefineCustomFieldsEveryRoleReadsThem() {
		Api sales = new Api(port).as(TestUsers.token(new Api(port), Role.SALES));
		var refused = sales.post("/api/v1/custom-fields", Map.of("entity", "CONTACT", "key", "sales_try", "label", "Try",
				"type", "TEXT"));
		assertThat(refused.status()).isEqualTo(403);
		String key = fields.define("CONTACT", "TEXT");
		assertThat(sales.get("/api/v1/custom-fields").text()).contains(key);
		assertThat(sales.patch("/api/v1/custom-fields/" + fields.idOf(key), Map.of("label", "x")).status()).isEqualTo(403);
		assertThat(sales.delete("/api/v1/custom-fields/" + fields.idOf(key)).status()).isEqualTo(403);
	}

	@Test
	void badDefinitionsNameTheField() {
		Map<String, Object> badKey = Map.of("entity", "CONTACT", "key", "Bad Key", "label", "Bad", "type", "TEXT");
		assertThat(field(api.post("/api/v1/custom-fields", badKey))).isEqualTo("key");
		Map<String, Object> noOptions = Map.of("entity", "CONTACT", "key", "no_opts", "label", "No", "type", "SELECT");
		assertThat(field(api.post("/api/v1/custom-fields", noOptions))).isEqualTo("options");
		Map<String, Object> noCurrency = Map.of("entity", "CONTACT", "key", "no_cur", "label", "No", "type", "MONEY");
		assertThat(field(api.post("/api/v1/custom-fields", noCurrency))).isEqualTo("currency");
		Map<String, Object> badDefault = Map.of("entity", "CONTACT", "key", "bad_def", "label", "Bad", "type", "DATE",
				"defaultValue", "tomorrow");
		assertThat(field(api.post("/api/v1/custom-fields", badDefault))).isEqualTo("defaultValue");
		Map<String, Object> badType = Map.of("entity", "CONTACT", "key", "bad_type", "label", "Bad", "type", "COLOUR");
		assertThat(field(api.post("/api/v1/custom-fields", badType))).isEqualTo("type");
	}

	private static String field(Api.Response refused) {
		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		return refused.json().get("errors").get(0).get("field").asString();
	}

	@Test
	void keysAreNeverReusedNotEvenADeletedFieldsKey() {
		String key = fields.define("CONTACT", "TEXT");
		fields.deleteAll();
		var again = api.post("/api/v1/custom-fields", Map.of("entity", "CONTACT", "key", key, "label", "Again", "type",
				"TEXT"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("type").asString()).endsWith("/custom-field-key-taken");
	}

	@Test
	void renamingAnOptionKeepsTheData() {
		String key = fields.define("CONTACT", "SELECT", "options", List.of("Gold", "Silver"));
		String contact = contactWith(key, "Gold");
		var renamed = api.patch("/api/v1/custom-fields/" + fields.idOf(key), Map.of("options",
				List.of(Map.of("key", "gold", "label", "Platinum"), Map.of("key", "silver", "label", "Silver"))));
		assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
		assertThat(valueOf(contact, key).asString()).isEqualTo("gold");
		assertThat(renamed.json().get("options").get(0).get("label").asString()).isEqualTo("Platinum");
	}

	@Test
	void removingAnOptionInUseIsRefusedWithTheCount() {
		String key = fields.define("CONTACT", "MULTI_SELECT", "options", List.of("Red", "Blue", "Green"));
		contactWith(key, List.of("Red", "Blue"));
		contactWith(key, List.of("Red"));
		var refused = api.patch("/api/v1/custom-fields/" + fields.idOf(key),
				Map.of("options", List.of(Map.of("key", "blue", "label", "Blue"))));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("type").asString()).endsWith("/custom-field-option-in-use");
		assertThat(refused.json().get("count").asInt()).isEqualTo(2);
		var unused = api.patch("/api/v1/custom-fields/" + fields.idOf(key), Map.of("options",
				List.of(Map.of("key", "red", "label", "Red"), Map.of("key", "blue", "label", "Blue"))));
		assertThat(unused.status()).as(unused.text()).isEqualTo(200);
	}

	@Test
	void typeChangeIsRefusedWhenValuesWouldNotConvert() {
		String key = fields.define("CONTACT", "TEXT");
		String contact = contactWith(key, "twelve");
		contactWith(key, "12");
		var refused = api.patch("/api/v1/custom-fields/" + fields.idOf(key), Map.of("type", "NUMBER"));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("count").asInt()).isEqualTo(1);
		assertThat(refused.json().get("examples").get(0).asString()).isEqualTo("twelve");
		assertThat(valueOf(contact, key).asString()).isEqualTo("twelve");
	}

	@Test
	void typeChangeConvertsEveryStoredValue() {
		String key = fields.define("CONTACT", "TEXT");
		String contact = contactWith(key, "1,250.50");
		var changed = api.patch("/api/v1/custom-fields/" + fields.idOf(key), Map.of("type", "NUMBER"));
		assertThat(changed.status()).as(changed.text()).isEqualTo(200);
		assertThat(valueOf(contact, key).decimalValue()).isEqualByComparingTo("1250.5");
		var toSelect = api.patch("/api/v1/custom-fields/" + fields.idOf(key), Map.of("type", "SELECT",
				"options", List.of("1250.5", "other")));
		assertThat(toSelect.status()).as(toSelect.text()).isEqualTo(200);
		assertThat(valueOf(contact, key).asString()).isEqualTo("1250_5");
	}

	@Test
	void deletedFieldIsHiddenAndItsHistoryKeepsItsLabel() {
		String key = fields.define("CONTACT", "TEXT", "label", "Partner level");
		String contact = contactWith(key, "one");
		api.patch("/api/v1/contacts/" + contact, Map.of("customFields", Map.of(key, "two")));
		fields.deleteAll();
		assertThat(api.get("/api/v1/contacts/" + contact).json().get("customFields").has(key)).isFalse();
		assertThat(api.get("/api/v1/custom-fields").text()).doesNotContain(key);
		assertThat(api.get("/api/v1/custom-fields?includeDeleted=true").text()).contains(key);
		var edited = api.patch("/api/v1/contacts/" + contact, Map.of("jobTitle", "Owner"));
		assertThat(edited.status()).as(edited.text()).isEqualTo(200);
		assertThat(api.get("/api/v1/contacts/" + contact + "/activity").text()).contains("custom." + key, "\"two\"");
	}

	/**
	 * The index is built {@code CONCURRENTLY}: its entry appears at once, and it becomes valid once
	 * every transaction older than it has ended (in a suite with background work, not on cue), so the
	 * test waits for the entry, not its validity.
	 */
	@Test
	void rangedAndOptionFieldsGetAnIndexOtherFieldsDoNot() {
		org.junit.jupiter.api.Assumptions.assumeTrue(jdbc.sql(
				"SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'CREATE INDEX CONCURRENTLY%' AND state = 'active'")
				.query(Long.class).single() == 0, "another test's index build waits for an older transaction");
		String key = fields.define("CONTACT", "DATE");
		String tier = fields.define("CONTACT", "SELECT", "options", List.of("A", "B"));
		String seats = fields.define("CONTACT", "NUMBER");
		String text = fields.define("CONTACT", "TEXT");
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
				.until(() -> indexes(key) == 1 && indexes(tier) == 1 && indexes(seats) == 1);
		assertThat(indexes(text)).isZero();
	}

	private long indexes(String key) {
		return jdbc.sql("""
				SELECT count(*) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
				WHERE pg_get_indexdef(i.oid) LIKE :pattern AND i.relname LIKE 'contact_cf_%'
				""").param("pattern", "%'" + key + "'%").query(Long.class).single();
	}
}
