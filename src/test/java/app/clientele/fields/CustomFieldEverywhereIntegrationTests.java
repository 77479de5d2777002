package app.clientele.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestSmtp;
import app.clientele.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Custom fields where other modules use a contact: email placeholders and the merge's field choices. */
@IntegrationTest
class CustomFieldEverywhereIntegrationTests {

	@LocalServerPort
	int port;

	Api api;
	TestCustomFields fields;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		fields = new TestCustomFields(api);
		account = api.post("/api/v1/accounts", Map.of("name", "Everywhere " + UUID.randomUUID())).id();
	}

	@AfterEach
	void tearDown() {
		fields.deleteAll();
	}

	@Test
	void emailPlaceholdersFillCustomFieldsByTheirLabels() {
		String tier = fields.define("CONTACT", "SELECT", "options", List.of("Gold", "Silver"));
		String path = "/api/v1/email-templates/WELCOME";
		String subject = api.get(path).json().get("subject").asString();
		var typo = api.patch(path, Map.of("subject", "Welcome, {{custom." + tier + "x}} partner"));
		assertThat(typo.status()).isEqualTo(400);
		var edited = api.patch(path, Map.of("subject", "Welcome, {{ custom." + tier + " }} partner"));
		assertThat(edited.status()).as(edited.text()).isEqualTo(200);
		try {
			String email = TestData.email("placeholder");
			api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Pia", "lastName", "Holder",
					"email", email, "customFields", Map.of(tier, "Gold")));
			assertThat(TestSmtp.awaitMessageTo(email).subject()).isEqualTo("Welcome, Gold partner");
		}
		finally {
			api.patch(path, Map.of("subject", subject));
		}
	}

	@Test
	void mergeKeepsTheSurvivorsValuesFillsItsGapsAndTakesTheOthersWhereChosen() {
		String a = fields.define("CONTACT", "TEXT");
		String b = fields.define("CONTACT", "TEXT");
		String c = fields.define("CONTACT", "TEXT");
		String survivor = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Mona", "lastName",
				"Merge", "customFields", Map.of(a, "mine", b, "mine too"))).id();
		String other = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Mona", "lastName",
				"Merge", "confirmNotDuplicate", true, "customFields", Map.of(a, "theirs", b, "theirs too", c, "only theirs")))
				.id();
		var badChoice = api.post("/api/v1/contacts/" + survivor + "/merge",
				Map.of("otherId", other, "keep", Map.of("custom.no_such", "OTHER")));
		assertThat(badChoice.status()).isEqualTo(400);
		var merged = api.post("/api/v1/contacts/" + survivor + "/merge",
				Map.of("otherId", other, "keep", Map.of("custom." + b, "OTHER")));
		assertThat(merged.status()).as(merged.text()).isEqualTo(200);
		JsonNode values = api.get("/api/v1/contacts/" + survivor).json().get("customFields");
		assertThat(values.get(a).asString()).isEqualTo("mine");
		assertThat(values.get(b).asString()).isEqualTo("theirs too");
		assertThat(values.get(c).asString()).isEqualTo("only theirs");
		var undone = api.post("/api/v1/merges/" + merged.json().get("mergeId").asString() + "/undo", null);
		assertThat(undone.status()).as(undone.text()).isEqualTo(200);
		assertThat(api.get("/api/v1/contacts/" + other).json().get("customFields").get(c).asString()).isEqualTo("only theirs");
		JsonNode restored = api.get("/api/v1/contacts/" + survivor).json().get("customFields");
		assertThat(restored.get(b).asString()).isEqualTo("mine too");
		assertThat(restored.has(c)).isFalse();
	}
}
