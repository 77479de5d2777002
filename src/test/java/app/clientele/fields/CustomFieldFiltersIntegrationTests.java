package app.clientele.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

/** Contact lists filtered on custom fields: cf.<key> equals, cf.<key>.from/.to ranges, bad filters named. */
@IntegrationTest
class CustomFieldFiltersIntegrationTests {

	@LocalServerPort
	int port;

	Api api;
	TestCustomFields fields;
	String account;
	String tier;
	String renewal;
	String seats;
	String regions;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		fields = new TestCustomFields(api);
		account = api.post("/api/v1/accounts", Map.of("name", "Filtered " + UUID.randomUUID())).id();
		tier = fields.define("CONTACT", "SELECT", "label", "Tier", "options", List.of("Gold", "Silver", "Bronze"));
		renewal = fields.define("CONTACT", "DATE");
		seats = fields.define("CONTACT", "NUMBER");
		regions = fields.define("CONTACT", "MULTI_SELECT", "options", List.of("Europe", "Asia"));
		person("Ann", Map.of(tier, "Gold", renewal, "2027-01-15", seats, 5, regions, List.of("Europe")));
		person("Ben", Map.of(tier, "Silver", renewal, "2027-02-15", seats, 50, regions, List.of("Europe", "Asia")));
		person("Cat", Map.of(tier, "Gold", renewal, "2027-03-15", seats, 500));
		person("Dan", Map.of());
	}

	@AfterEach
	void tearDown() {
		fields.deleteAll();
	}

	void person(String first, Map<String, Object> values) {
		Map<String, Object> body = new HashMap<>();
		body.put("firstName", first);
		body.put("lastName", "Filtered");
		body.put("customFields", values);
		body.put("confirmNotDuplicate", true);
		assertThat(api.post("/api/v1/accounts/" + account + "/contacts", body).status()).isEqualTo(201);
	}

	List<String> names(String query) {
		Api.Response page = api.get("/api/v1/accounts/" + account + "/contacts?limit=100&" + query);
		assertThat(page.status()).as(page.text()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		for (JsonNode c : page.json().get("items")) {
			names.add(c.get("firstName").asString());
		}
		return names;
	}

	@Test
	void filtersBySelectOptionByKeyOrLabelAndAnyOfSeveral() {
		assertThat(names("cf." + tier + "=gold")).containsExactly("Ann", "Cat");
		assertThat(names("cf." + tier + "=Silver")).containsExactly("Ben");
		assertThat(names("cf." + tier + "=silver&cf." + tier + "=gold")).containsExactly("Ann", "Ben", "Cat");
	}

	@Test
	void filtersByADateRangeBothEndsIncluded() {
		assertThat(names("cf." + renewal + ".from=2027-02-01")).containsExactly("Ben", "Cat");
		assertThat(names("cf." + renewal + ".from=2027-01-15&cf." + renewal + ".to=2027-02-15")).containsExactly("Ann", "Ben");
	}

	@Test
	void filtersByANumberRangeAndMultiSelectAndCombinesWithOtherFilters() {
		assertThat(names("cf." + seats + ".from=50")).containsExactly("Ben", "Cat");
		assertThat(names("cf." + seats + ".to=49.5")).containsExactly("Ann");
		assertThat(names("cf." + regions + "=Asia")).containsExactly("Ben");
		assertThat(names("cf." + regions + "=Europe&cf." + tier + "=gold")).containsExactly("Ann");
		assertThat(api.get("/api/v1/contacts?q=Filtered&cf." + tier + "=gold").json().get("items").size()).isEqualTo(2);
	}

	@Test
	void refusesABadCustomFilterNamingTheParameter() {
		assertNamed("cf.no_such_field=1", "cf.no_such_field");
		assertNamed("cf." + tier + "=Platinum", "cf." + tier);
		assertNamed("cf." + renewal + ".from=soon", "cf." + renewal + ".from");
		assertNamed("cf." + tier + ".from=a", "cf." + tier + ".from");
		var export = api.get("/api/v1/contacts/export.csv?accountId=" + account + "&cf." + seats + ".to=many");
		assertThat(export.status()).isEqualTo(400);
		String csv = api.get("/api/v1/contacts/export.csv?accountId=" + account + "&cf." + tier + "=gold").text();
		assertThat(csv.lines().count()).isEqualTo(3);
	}

	private void assertNamed(String query, String parameter) {
		Api.Response refused = api.get("/api/v1/accounts/" + account + "/contacts?" + query);
		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(parameter);
	}
}
