package app.clientele.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ActivityIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void everyChangeIsRecordedWithActorAndOldAndNewValues() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = api.post("/api/v1/accounts", Map.of("name", "History " + UUID.randomUUID())).id();
		String id = api.post("/api/v1/accounts/" + account + "/contacts",
				Map.of("firstName", "Hist", "lastName", "Ory" + UUID.randomUUID(), "jobTitle", "Buyer")).id();
		api.patch("/api/v1/contacts/" + id, Map.of("jobTitle", "Head of purchasing", "doNotCall", true));
		var comment = api.post("/api/v1/contacts/" + id + "/comments", Map.of("text", "Prefers mornings"));
		assertThat(comment.status()).isEqualTo(201);

		JsonNode items = api.get("/api/v1/contacts/" + id + "/activity").json().get("items");
		assertThat(items.get(0).get("type").asString()).isEqualTo("COMMENT");
		assertThat(items.get(0).get("details").get("text").asString()).isEqualTo("Prefers mornings");
		assertThat(items.get(0).get("actor").asString()).contains("(staff)");
		JsonNode updated = items.get(1);
		assertThat(updated.get("type").asString()).isEqualTo("UPDATED");
		assertThat(updated.get("at").asString()).isNotBlank();
		JsonNode changes = updated.get("details").get("changes");
		assertThat(changes.toString()).contains("\"field\":\"jobTitle\"").contains("\"old\":\"Buyer\"")
				.contains("\"new\":\"Head of purchasing\"").contains("\"field\":\"doNotCall\"");
		assertThat(items.findValuesAsString("type")).contains("CREATED", "BECAME_PRIMARY");
		JsonNode created = items.valueStream().filter(i -> i.get("type").asString().equals("CREATED")).findFirst()
				.orElseThrow();
		assertThat(created.get("details").get("accountId").asString()).isEqualTo(account);
		assertThat(created.get("details").get("accountName").asString()).startsWith("History ");
	}

	@Test
	void aCommentNeedsText() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = api.post("/api/v1/accounts", Map.of("name", "Quiet " + UUID.randomUUID())).id();
		String id = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Q", "lastName", "Uiet" + UUID.randomUUID())).id();
		var refused = api.post("/api/v1/contacts/" + id + "/comments", Map.of("text", "  "));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
		assertThat(api.post("/api/v1/contacts/" + UUID.randomUUID() + "/comments", Map.of("text", "x")).status()).isEqualTo(404);
	}

	@Test
	void theTimelineIsNewestFirstAndPaged() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = api.post("/api/v1/accounts", Map.of("name", "Paged " + UUID.randomUUID())).id();
		String id = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "P", "lastName", "Aged" + UUID.randomUUID())).id();
		for (int i = 0; i < 5; i++) {
			api.post("/api/v1/contacts/" + id + "/comments", Map.of("text", "note " + i));
		}
		JsonNode first = api.get("/api/v1/contacts/" + id + "/activity?limit=3").json();
		assertThat(first.get("items").get(0).get("details").get("text").asString()).isEqualTo("note 4");
		JsonNode second = api.get("/api/v1/contacts/" + id + "/activity?limit=3&after=" + first.get("next").asString()).json();
		assertThat(second.get("items").get(0).get("details").get("text").asString()).isEqualTo("note 1");
	}
}
