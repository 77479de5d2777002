package app.clientele.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** An account's billing address, through the API (its rules and merge patch) and the console's form. */
@IntegrationTest
class AccountBillingAddressIntegrationTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
	}

	static Map<String, Object> berlin() {
		return new HashMap<>(Map.of("lines", List.of("Invalidenstraße 116"), "city", "Berlin", "postcode", "10115",
				"country", "de"));
	}

	Api.Response create(Object billingAddress) {
		Map<String, Object> body = new HashMap<>();
		body.put("name", "Billed " + TestData.suffix());
		body.put("billingAddress", billingAddress);
		return api.post("/api/v1/accounts", body);
	}

	@Test
	void keepsTheBillingAddressTypedAsBilling() {
		var created = create(berlin());
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		JsonNode billing = api.get("/api/v1/accounts/" + created.id()).json().get("billingAddress");
		assertThat(billing.get("type").asString()).isEqualTo("BILLING");
		assertThat(billing.get("country").asString()).isEqualTo("DE");
		assertThat(billing.get("lines").get(0).asString()).isEqualTo("Invalidenstraße 116");
		assertThat(api.post("/api/v1/accounts", Map.of("name", "Unbilled " + TestData.suffix())).json()
				.get("billingAddress").isNull()).isTrue();
	}

	@Test
	void refusesABillingAddressWithAnUnknownCountryOrAPostcodeOfTheWrongShape() {
		Map<String, Object> badPostcode = berlin();
		badPostcode.put("postcode", "1011");
		var refused = create(badPostcode);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("billingAddress.postcode");
		Map<String, Object> badCountry = berlin();
		badCountry.put("country", "Deutschland");
		assertThat(create(badCountry).json().get("errors").get(0).get("field").asString())
				.isEqualTo("billingAddress.country");
	}

	@Test
	void aMergePatchMergesTheBillingAddressPartByPartAndNullRemovesIt() {
		String id = create(berlin()).id();
		var moved = api.patch("/api/v1/accounts/" + id, Map.of("billingAddress", Map.of("postcode", "10117")));
		assertThat(moved.status()).as(moved.text()).isEqualTo(200);
		assertThat(moved.json().get("billingAddress").get("postcode").asString()).isEqualTo("10117");
		assertThat(moved.json().get("billingAddress").get("city").asString()).isEqualTo("Berlin");
		var bad = api.patch("/api/v1/accounts/" + id, Map.of("billingAddress", Map.of("postcode", "ABC")));
		assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("billingAddress.postcode");
		Map<String, Object> none = new HashMap<>();
		none.put("billingAddress", null);
		assertThat(api.patch("/api/v1/accounts/" + id, none).json().get("billingAddress").isNull()).isTrue();
	}

	@Test
	void theAccountFormSavesTheBillingAddressAndTheOverviewShowsIt() {
		Console console = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		String id = api.post("/api/v1/accounts", Map.of("name", "Form " + TestData.suffix())).id();
		var refused = console.submit("/accounts/" + id, Map.of("name", "Form billed", "status", "ACTIVE",
				"billingAddress.lines", "1 Main St", "billingAddress.postcode", "ABCDE",
				"billingAddress.country", "United States"));
		assertThat(refused.body()).contains("id=\"billingAddress.postcode-error\">ABCDE is not a postcode of United States");
		var saved = console.submit("/accounts/" + id, Map.of("name", "Form billed", "status", "ACTIVE",
				"billingAddress.lines", "1 Main St\r\nSuite 5", "billingAddress.city", "Springfield",
				"billingAddress.region", "IL", "billingAddress.postcode", "62701", "billingAddress.country", "united states"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(api.get("/api/v1/accounts/" + id).json().get("billingAddress").get("country").asString()).isEqualTo("US");
		assertThat(console.get("/accounts/" + id).body())
				.contains("1 Main St, Suite 5, 62701 Springfield, IL, United States");
		assertThat(console.get("/accounts/" + id + "/edit").body()).contains("value=\"United States\"");
	}
}
