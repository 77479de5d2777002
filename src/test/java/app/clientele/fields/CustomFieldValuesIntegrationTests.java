package app.clientele.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The value rules of each custom field type, and the merge patch, through the contacts API. */
@IntegrationTest
class CustomFieldValuesIntegrationTests {

	@LocalServerPort
	int port;

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

	Api.Response create(Map<String, Object> customFields) {
		Map<String, Object> body = new HashMap<>();
		body.put("firstName", "Cf" + UUID.randomUUID().toString().substring(0, 8));
		body.put("lastName", "Person");
		body.put("customFields", customFields);
		return api.post("/api/v1/accounts/" + account + "/contacts", body);
	}

	/** The stored value of a good one, or the problem's field of a bad one. */
	JsonNode stored(String key, Object value) {
		var created = create(Map.of(key, value));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().get("customFields").get(key);
	}

	void refused(String key, Object value) {
		var refused = create(Map.of(key, value));
		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("customFields." + key);
	}

	@Test
	void textFieldsKeepTextWithinTheirLimits() {
		String text = fields.define("CONTACT", "TEXT");
		String longText = fields.define("CONTACT", "LONG_TEXT");
		assertThat(stored(text, "  Gold partner ").asString()).isEqualTo("Gold partner");
		refused(text, "x".repeat(256));
		refused(text, "two\nlines");
		assertThat(stored(longText, "two\nlines").asString()).isEqualTo("two\nlines");
		refused(longText, List.of("a", "b"));
	}

	@Test
	void numbersAreExactWithAtMostSixDecimals() {
		String number = fields.define("CONTACT", "NUMBER");
		assertThat(stored(number, 12.5).decimalValue()).isEqualByComparingTo("12.5");
		assertThat(stored(number, "1250").decimalValue()).isEqualByComparingTo("1250");
		refused(number, "twelve");
		refused(number, 0.1234567);
		refused(number, 1e16);
	}

	@Test
	void moneyCarriesItsCurrency() {
		String money = fields.define("CONTACT", "MONEY", "currency", "EUR");
		JsonNode plain = stored(money, 99.5);
		assertThat(plain.get("amount").decimalValue()).isEqualByComparingTo("99.5");
		assertThat(plain.get("currency").asString()).isEqualTo("EUR");
		JsonNode dollars = stored(money, Map.of("amount", 10, "currency", "usd"));
		assertThat(dollars.get("currency").asString()).isEqualTo("USD");
		refused(money, Map.of("amount", 10, "currency", "XXQ"));
		refused(money, 10.555);
		refused(money, Map.of("amount", 1.5, "currency", "JPY"));
	}

	@Test
	void datesAreIsoDates() {
		String date = fields.define("CONTACT", "DATE");
		assertThat(stored(date, "2027-01-31").asString()).isEqualTo("2027-01-31");
		refused(date, "31/01/2027");
		refused(date, "2027-02-30");
	}

	@Test
	void checkboxesAreTrueOrFalse() {
		String box = fields.define("CONTACT", "CHECKBOX");
		assertThat(stored(box, true).asBoolean()).isTrue();
		refused(box, "maybe");
	}

	@Test
	void selectsTakeAnOptionByKeyOrLabel() {
		String select = fields.define("CONTACT", "SELECT", "options", List.of("Gold", "Silver"));
		String multi = fields.define("CONTACT", "MULTI_SELECT", "options",
				List.of(Map.of("key", "eu", "label", "Europe"), Map.of("key", "us", "label", "Americas")));
		assertThat(stored(select, "gold").asString()).isEqualTo("gold");
		assertThat(stored(select, "Silver").asString()).isEqualTo("silver");
		refused(select, "Bronze");
		JsonNode regions = stored(multi, List.of("Americas", "eu", "us"));
		assertThat(regions.get(0).asString()).isEqualTo("eu");
		assertThat(regions.get(1).asString()).isEqualTo("us");
		assertThat(regions.size()).isEqualTo(2);
		refused(multi, List.of("eu", "mars"));
	}

	@Test
	void urlsEmailsAndPhonesAreChecked() {
		String url = fields.define("CONTACT", "URL");
		String email = fields.define("CONTACT", "EMAIL");
		String phone = fields.define("CONTACT", "PHONE");
		assertThat(stored(url, "https://example.com/a").asString()).isEqualTo("https://example.com/a");
		refused(url, "javascript:alert(1)");
		refused(url, "example.com");
		assertThat(stored(email, "ops@example.com").asString()).isEqualTo("ops@example.com");
		refused(email, "ops@example");
		assertThat(stored(phone, "+1 201 555 0123").asString()).isEqualTo("+12015550123");
		refused(phone, "call me");
	}

	@Test
	void unknownCustomFieldIsRefused() {
		refused("no_such_field", "x");
	}

	@Test
	void requiredFieldNeedsAValueOrTakesItsDefault() {
		String required = fields.define("CONTACT", "TEXT", "required", true);
		refused(required, "");
		var withoutValue = create(Map.of());
		assertThat(withoutValue.status()).isEqualTo(400);
		assertThat(withoutValue.text()).contains("customFields." + required);
		fields.deleteAll();
		String defaulted = fields.define("CONTACT", "SELECT", "required", true, "options", List.of("Low", "High"),
				"defaultValue", "High");
		var created = create(Map.of());
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.json().get("customFields").get(defaulted).asString()).isEqualTo("high");
	}

	@Test
	void mergePatchMergesCustomFieldsKeyByKey() {
		String a = fields.define("CONTACT", "TEXT");
		String b = fields.define("CONTACT", "NUMBER");
		String id = create(Map.of(a, "first", b, 7)).id();
		var patched = api.patch("/api/v1/contacts/" + id, Map.of("customFields", Map.of(a, "second")));
		assertThat(patched.status()).as(patched.text()).isEqualTo(200);
		assertThat(patched.json().get("customFields").get(a).asString()).isEqualTo("second");
		assertThat(patched.json().get("customFields").get(b).asInt()).isEqualTo(7);
		Map<String, Object> clearB = new HashMap<>();
		clearB.put(b, null);
		var cleared = api.patch("/api/v1/contacts/" + id, Map.of("customFields", clearB));
		assertThat(cleared.json().get("customFields").has(b)).isFalse();
		assertThat(cleared.json().get("customFields").get(a).asString()).isEqualTo("second");
		var bad = api.patch("/api/v1/contacts/" + id, Map.of("customFields", Map.of(b, "many")));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("customFields." + b);
		assertThat(api.get("/api/v1/contacts/" + id).json().get("customFields").get(a).asString()).isEqualTo("second");
	}

	@Test
	void historyRecordsOldAndNewValues() {
		String tier = fields.define("CONTACT", "SELECT", "options", List.of("Gold", "Silver"));
		String id = create(Map.of(tier, "Gold")).id();
		api.patch("/api/v1/contacts/" + id, Map.of("customFields", Map.of(tier, "Silver")));
		JsonNode change = null;
		for (JsonNode entry : api.get("/api/v1/contacts/" + id + "/activity").json().get("items")) {
			if (entry.get("type").asString().equals("UPDATED")) {
				change = entry.get("details").get("changes").get(0);
			}
		}
		assertThat(change).isNotNull();
		assertThat(change.get("field").asString()).isEqualTo("custom." + tier);
		assertThat(change.get("old").asString()).isEqualTo("Gold");
		assertThat(change.get("new").asString()).isEqualTo("Silver");
	}

	@Test
	void accountsCarryCustomFieldsUnderTheSameRulesAndNothingIsHalfWritten() {
		String seats = fields.define("ACCOUNT", "NUMBER");
		String segment = fields.define("ACCOUNT", "SELECT", "options", List.of("SMB", "Enterprise"));
		String name = "Seats " + UUID.randomUUID();
		var refused = api.post("/api/v1/accounts", Map.of("name", name, "customFields", Map.of(seats, "many")));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("customFields." + seats);
		assertThat(api.get("/api/v1/accounts?q=" + Api.q(name)).json().get("items").size()).isZero();
		var created = api.post("/api/v1/accounts", Map.of("name", name, "customFields", Map.of(seats, 25, segment, "smb")));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		assertThat(created.json().get("customFields").get(seats).asInt()).isEqualTo(25);
		var patched = api.patch("/api/v1/accounts/" + created.id(), Map.of("customFields", Map.of(segment, "Enterprise")));
		assertThat(patched.status()).as(patched.text()).isEqualTo(200);
		assertThat(patched.json().get("customFields").get(seats).asInt()).isEqualTo(25);
		assertThat(patched.json().get("customFields").get(segment).asString()).isEqualTo("enterprise");
		var contactField = create(Map.of(seats, 3));
		assertThat(contactField.status()).as("an account field is no contact field").isEqualTo(400);
	}
}
