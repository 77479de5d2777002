package app.clientele.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Custom fields in the console: the ADMIN's page, and the contact form and page showing them. */
@IntegrationTest
class CustomFieldConsoleIntegrationTests {

	@LocalServerPort
	int port;

	Api api;
	TestCustomFields fields;
	Console console;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		fields = new TestCustomFields(api);
		console = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
	}

	@AfterEach
	void tearDown() {
		fields.deleteAll();
	}

	@Test
	void adminDefinesAFieldOnTheConsolePageOtherRolesMayNot() {
		String label = "Renewal " + UUID.randomUUID().toString().substring(0, 6);
		var added = console.submit("/custom-fields", Map.of("entity", "CONTACT", "type", "DATE", "label", label, "key", ""));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		String key = CustomFieldRules.keyFrom(label);
		String id = fields.idOf(key);
		try {
			assertThat(console.get("/custom-fields").body()).contains(label).contains(key);
			var badOptions = console.submit("/custom-fields", Map.of("entity", "CONTACT", "type", "SELECT", "label",
					"No options " + UUID.randomUUID(), "key", ""));
			assertThat(badOptions.statusCode()).isEqualTo(200);
			assertThat(badOptions.body()).contains("must have between 1 and 500 options");
			TestUsers.token(new Api(port), Role.SALES);
			Console sales = Console.signIn(port, "sales@staff.example.com", TestUsers.PASSWORD);
			assertThat(sales.get("/custom-fields").statusCode()).isEqualTo(403);
		}
		finally {
			api.delete("/api/v1/custom-fields/" + id);
		}
	}

	@Test
	void theContactFormFillsCustomFieldsAndThePageShowsThem() {
		String tier = fields.define("CONTACT", "SELECT", "label", "Partner tier", "options", List.of("Gold", "Silver"));
		String renewal = fields.define("CONTACT", "DATE", "label", "Renewal date");
		String account = api.post("/api/v1/accounts", Map.of("name", "Custom console " + UUID.randomUUID())).id();
		assertThat(console.get("/accounts/" + account + "/contacts/new").body()).contains("name=\"cf." + tier + "\"")
				.contains("Partner tier").contains("type=\"date\"");
		Map<String, String> form = new HashMap<>();
		form.put("firstName", "Fiona");
		form.put("lastName", "Custom" + UUID.randomUUID().toString().substring(0, 6));
		form.put("active", "true");
		form.put("cf." + tier, "gold");
		form.put("cf." + renewal, "31.01.2027");
		var refused = console.submit("/accounts/" + account + "/contacts", form);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Renewal date must be a date.").contains("value=\"31.01.2027\"");
		form.put("cf." + renewal, "2027-01-31");
		var saved = console.submit("/accounts/" + account + "/contacts", form);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		String location = saved.headers().firstValue("Location").orElseThrow();
		assertThat(console.get(location).body()).contains("Partner tier").contains("Gold").contains("2027-01-31");
		String id = location.replaceAll(".*/contacts/([^?]+).*", "$1");
		assertThat(console.get("/contacts/" + id + "/edit").body()).contains("value=\"2027-01-31\"");
		assertThat(api.get("/api/v1/contacts/" + id).json().get("customFields").get(tier).asString()).isEqualTo("gold");
	}

	@Test
	void contactListsFilterOnCustomFieldsThroughChips() {
		String tier = fields.define("CONTACT", "SELECT", "label", "Partner tier", "options", List.of("Gold", "Silver"));
		String renewal = fields.define("CONTACT", "DATE", "label", "Renewal date");
		String account = api.post("/api/v1/accounts", Map.of("name", "Chips " + UUID.randomUUID())).id();
		String last = "Chip" + UUID.randomUUID().toString().substring(0, 6);
		api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Gale", "lastName", last,
				"customFields", Map.of(tier, "Gold", renewal, "2027-05-01")));
		api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Sid", "lastName", last,
				"customFields", Map.of(tier, "Silver")));
		String page = console.get("/accounts/" + account + "/contacts?cf." + tier + "=gold&cf." + renewal
				+ ".from=2027-01-01").body();
		assertThat(page).contains("Partner tier: Gold", "Renewal date from: 2027-01-01", "Gale " + last)
				.doesNotContain("Sid " + last);
		assertThat(page).contains("name=\"cf." + renewal + ".to\"", "value=\"silver\"");
		var bad = console.get("/accounts/" + account + "/contacts?cf." + tier + "=bronze");
		assertThat(bad.statusCode()).isEqualTo(400);
	}
}
