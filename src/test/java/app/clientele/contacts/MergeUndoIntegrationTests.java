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
import app.clientele.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An undo restores everything its merge changed, not only the rows it moved: what the survivor
 * took over from the other goes back (unless changed since), and what the merge let go with the
 * merged-away contact comes back with it. Portal logins: {@code PortalMergeIntegrationTests}.
 */
@IntegrationTest
class MergeUndoIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api admin;
	Api manager;
	String account;

	@BeforeEach
	void setUp() {
		admin = new Api(port).as(TestUsers.adminToken(new Api(port)));
		manager = admin.as(TestUsers.token(admin, Role.MANAGER));
		account = admin.post("/api/v1/accounts", Map.of("name", "Undo Co " + TestData.suffix())).id();
	}

	@Test
	void undoTakesBackWhatTheSurvivorTookOver() {
		String ownPhone = TestData.phone();
		String survivor = contact("Ursel", Map.of("tags", List.of("vip"), "marketingOptIn", true, "phones",
				List.of(Map.of("type", "WORK", "number", ownPhone)), "notes", "Own note"));
		String other = contact("Ursela", Map.of("tags", List.of("north"), "doNotEmail", true, "doNotCall", true,
				"mobileOptOut", true, "marketingOptIn", false, "jobTitle", "Buyer", "notes", "Other's note",
				"phones", List.of(Map.of("type", "MOBILE", "number", TestData.phone()))));
		JsonNode merged = manager.post("/api/v1/contacts/" + survivor + "/merge", Map.of("otherId", other,
				"keep", Map.of("firstName", "OTHER", "jobTitle", "OTHER"))).json();
		assertThat(merged.get("survivor").get("tags").toString()).contains("vip", "north");
		assertThat(merged.get("survivor").get("phones")).hasSize(2);
		admin.patch("/api/v1/contacts/" + survivor, Map.of("tags", List.of("vip", "north", "later"), "jobTitle", "Chief buyer"));

		assertThat(manager.post("/api/v1/merges/" + merged.get("mergeId").asString() + "/undo", null).status())
				.isEqualTo(200);

		JsonNode back = admin.get("/api/v1/contacts/" + survivor).json();
		assertThat(back.get("firstName").asString()).isEqualTo("Ursel");
		assertThat(back.get("tags").toString()).as("the tag added since stays").isEqualTo("[\"vip\",\"later\"]");
		assertThat(back.get("phones")).hasSize(1);
		assertThat(back.get("notes").asString()).isEqualTo("Own note");
		assertThat(back.get("doNotEmail").asBoolean()).isFalse();
		assertThat(back.get("doNotCall").asBoolean()).isFalse();
		assertThat(back.get("mobileOptOut").asBoolean()).isFalse();
		assertThat(back.get("marketingOptIn").asBoolean()).as("its own consent again").isTrue();
		assertThat(back.get("jobTitle").asString()).as("changed since the merge: stays").isEqualTo("Chief buyer");
		assertThat(admin.get("/api/v1/contacts/" + other).json().get("doNotEmail").asBoolean()).isTrue();
	}

	@Test
	void undoTakesBackAnUnsubscribeTheSurvivorTookOver() {
		String survivor = contact("Una", Map.of());
		String other = contact("Unai", Map.of());
		jdbc.sql("INSERT INTO marketing_opt_out (contact_id, via) VALUES (CAST(:c AS uuid), 'UNSUBSCRIBE_LINK')")
				.param("c", other).update();
		String merge = merge(survivor, other);
		assertThat(optOuts(survivor)).isEqualTo(1);

		assertThat(manager.post("/api/v1/merges/" + merge + "/undo", null).status()).isEqualTo(200);

		assertThat(optOuts(survivor)).isZero();
		assertThat(optOuts(other)).isEqualTo(1);
	}

	@Test
	void undoRestoresTheOthersTopicChoices() {
		String survivor = contact("Theo", Map.of());
		String other = contact("Theodor", Map.of());
		assertThat(admin.put("/api/v1/contacts/" + survivor + "/notifications", Map.of("topics", Map.of("INVOICE", false)))
				.status()).isEqualTo(200);
		assertThat(admin.put("/api/v1/contacts/" + other + "/notifications", Map.of("topics", Map.of("TICKET", false)))
				.status()).isEqualTo(200);
		String merge = merge(survivor, other);

		assertThat(manager.post("/api/v1/merges/" + merge + "/undo", null).status()).isEqualTo(200);

		JsonNode topics = admin.get("/api/v1/contacts/" + other + "/notifications").json().get("topics");
		assertThat(topics.get("TICKET").asBoolean()).isFalse();
		assertThat(topics.get("INVOICE").asBoolean()).isTrue();
	}

	@Test
	void undoRestoresTheOthersCampaignRow() {
		String survivor = contact("Cami", Map.of());
		String other = contact("Camille", Map.of());
		String list = admin.post("/api/v1/marketing-lists", Map.of("name", "List " + TestData.suffix())).id();
		UUID campaign = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO campaign (id, name, list_id, subject, body, status, created_by)
				VALUES (:id, 'Spring', CAST(:list AS uuid), 'Spring', 'Hello', 'SENT', 'test')
				""").param("id", campaign).param("list", list).update();
		for (String c : List.of(survivor, other)) {
			jdbc.sql("""
					INSERT INTO campaign_recipient (campaign_id, contact_id, status, sent_at)
					VALUES (:campaign, CAST(:c AS uuid), 'SENT', now())
					""").param("campaign", campaign).param("c", c).update();
		}
		String merge = merge(survivor, other);

		assertThat(manager.post("/api/v1/merges/" + merge + "/undo", null).status()).isEqualTo(200);

		assertThat(jdbc.sql("SELECT status FROM campaign_recipient WHERE campaign_id = :campaign AND contact_id = CAST(:c AS uuid)")
				.param("campaign", campaign).param("c", other).query(String.class).list()).containsExactly("SENT");
		assertThat(jdbc.sql("SELECT count(*) FROM campaign_recipient WHERE campaign_id = :campaign AND contact_id = CAST(:c AS uuid)")
				.param("campaign", campaign).param("c", survivor).query(Long.class).single()).isEqualTo(1);
	}

	private String merge(String survivor, String other) {
		Api.Response merged = manager.post("/api/v1/contacts/" + survivor + "/merge", Map.of("otherId", other));
		assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
		return merged.json().get("mergeId").asString();
	}

	private long optOuts(String contactId) {
		return jdbc.sql("SELECT count(*) FROM marketing_opt_out WHERE contact_id = CAST(:c AS uuid)").param("c", contactId)
				.query(Long.class).single();
	}

	private String contact(String firstName, Map<String, Object> fields) {
		Map<String, Object> body = new HashMap<>(Map.of("firstName", firstName, "lastName", "Undo" + TestData.suffix(),
				"email", TestData.email(firstName.toLowerCase()), "confirmNotDuplicate", true));
		body.putAll(fields);
		Api.Response created = admin.post("/api/v1/accounts/" + account + "/contacts", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}
}
