package app.clientele.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Custom fields in files: import columns (by key or label), export columns, vCard properties, undo. */
@IntegrationTest
class CustomFieldFilesIntegrationTests {

	@LocalServerPort
	int port;

	Api api;
	TestCustomFields fields;
	String account;
	String number;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		fields = new TestCustomFields(api);
		number = "CF-" + TestData.suffix();
		account = api.post("/api/v1/accounts", Map.of("name", "Files " + number, "number", number)).id();
	}

	@AfterEach
	void tearDown() {
		fields.deleteAll();
	}

	JsonNode imported(String csv, String... options) {
		Map<String, String> parts = new java.util.HashMap<>();
		for (int i = 0; i < options.length; i += 2) {
			parts.put(options[i], options[i + 1]);
		}
		var started = api.upload("/api/v1/imports/contacts", "custom.csv", csv.getBytes(StandardCharsets.UTF_8), parts);
		assertThat(started.status()).as(started.text()).isEqualTo(202);
		return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
				.until(() -> api.get("/api/v1/imports/" + started.id()).json(), j -> j.get("status").asString().equals("DONE"));
	}

	JsonNode contactNamed(String first) {
		for (JsonNode c : api.get("/api/v1/accounts/" + account + "/contacts?limit=100").json().get("items")) {
			if (c.get("firstName").asString().equals(first)) {
				return c;
			}
		}
		throw new AssertionError("no contact " + first);
	}

	@Test
	void importMapsCustomColumnsByKeyOrLabelAndNamesABadCellsColumn() {
		String tier = fields.define("CONTACT", "SELECT", "label", "Partner tier", "options", List.of("Gold", "Silver"));
		String renewal = fields.define("CONTACT", "DATE");
		JsonNode done = imported("firstName,lastName,accountNumber,Partner tier,custom." + renewal + "\r\n"
				+ "Ivy,Import," + number + ",Gold,2027-03-01\r\n"
				+ "Bad,Date," + number + ",Silver,soon\r\n");
		assertThat(done.get("created").asInt()).as(done.toString()).isEqualTo(1);
		assertThat(done.get("errors").get(0).get("field").asString()).isEqualTo("custom." + renewal);
		JsonNode ivy = contactNamed("Ivy").get("customFields");
		assertThat(ivy.get(tier).asString()).isEqualTo("gold");
		assertThat(ivy.get(renewal).asString()).isEqualTo("2027-03-01");
	}

	@Test
	void importRefusesAColumnMappedToACustomFieldThatDoesNotExist() {
		var refused = api.upload("/api/v1/imports/contacts", "custom.csv",
				("firstName,lastName,x\r\nA,B,c\r\n").getBytes(StandardCharsets.UTF_8),
				Map.of("mapping", "{\"x\":\"custom.no_such_field\"}"));
		assertThat(refused.status()).as(refused.text()).isEqualTo(400);
		assertThat(refused.text()).contains("mapping", "custom.no_such_field");
	}

	@Test
	void exportWritesACustomColumnPerFieldThatImportsBack() {
		String tier = fields.define("CONTACT", "MULTI_SELECT", "label", "Regions", "options", List.of("Europe", "Asia"));
		String budget = fields.define("CONTACT", "MONEY", "currency", "EUR");
		api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Exa", "lastName", "Port",
				"customFields", Map.of(tier, List.of("Asia", "Europe"), budget, 1200.5)));
		String csv = api.get("/api/v1/contacts/export.csv?accountId=" + account).text();
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).endsWith(",custom." + tier + ",custom." + budget);
		assertThat(lines.get(1)).endsWith(",Europe; Asia,1200.5 EUR");
		String vcard = api.get("/api/v1/contacts/export.vcf?accountId=" + account).text();
		assertThat(vcard).contains("X-CUSTOM-" + budget.toUpperCase() + ":1200.5 EUR");
		String again = "Files2 " + number;
		String other = api.post("/api/v1/accounts", Map.of("name", again, "number", number + "B")).id();
		String reimport = csv.replace(",Files " + number + ",", "," + again + ",").replace("\uFEFF", "")
				.replace("," + number + ",", "," + number + "B,");
		JsonNode done = imported(reimport);
		assertThat(done.get("created").asInt()).as(done.toString()).isEqualTo(1);
		JsonNode copy = api.get("/api/v1/accounts/" + other + "/contacts").json().get("items").get(0).get("customFields");
		assertThat(copy.get(tier).toString()).isEqualTo("[\"europe\",\"asia\"]");
		assertThat(copy.get(budget).get("amount").decimalValue()).isEqualByComparingTo("1200.5");
	}

	@Test
	void importUpdateFillsCustomFieldsAndUndoPutsThemBack() {
		String level = fields.define("CONTACT", "TEXT");
		String email = TestData.email("undo");
		String id = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Una", "lastName", "Undo",
				"email", email)).id();
		JsonNode done = imported("firstName,lastName,email,accountNumber,custom." + level + "\r\nUna,Undo," + email + ","
				+ number + ",high\r\n", "onDuplicate", "UPDATE");
		assertThat(done.get("updated").asInt()).as(done.toString()).isEqualTo(1);
		assertThat(api.get("/api/v1/contacts/" + id).json().get("customFields").get(level).asString()).isEqualTo("high");
		api.post("/api/v1/imports/" + done.get("id").asString() + "/undo", null);
		await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/imports/" + done.get("id").asString()).json()
				.get("status").asString().equals("UNDONE"));
		assertThat(api.get("/api/v1/contacts/" + id).json().get("customFields").has(level)).isFalse();
	}
}
