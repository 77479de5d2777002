package app.clientele.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactManagement;
import app.clientele.mail.Placeholders;
import app.clientele.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Marketing lists, audiences, campaigns and unsubscribe, rule by rule. */
@IntegrationTest
class MarketingIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CampaignDispatcher dispatcher;

	@Autowired
	Unsubscribes unsubscribes;

	@Autowired
	ContactManagement contacts;

	Api admin;
	Api sales;
	Api marketeer;
	String account;

	@BeforeEach
	void setUp() {
		Api anonymous = new Api(port);
		admin = anonymous.as(TestUsers.adminToken(anonymous));
		sales = anonymous.as(TestUsers.token(anonymous, Role.SALES));
		marketeer = anonymous.as(TestUsers.token(anonymous, Role.MARKETEER));
		account = admin.post("/api/v1/accounts", Map.of("name", "Market " + TestData.suffix())).id();
	}

	String contact(Object... fields) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("firstName", "Mia", "lastName", "Market" + TestData.suffix(),
				"email", TestData.email("mia"), "marketingOptIn", true, "confirmNotDuplicate", true));
		for (int i = 0; i < fields.length; i += 2) {
			body.put((String) fields[i], fields[i + 1]);
		}
		return admin.post("/api/v1/accounts/" + account + "/contacts", body).id();
	}

	String list() {
		return marketeer.post("/api/v1/marketing-lists", Map.of("name", "List " + TestData.suffix())).id();
	}

	@Test
	void onlySalesAndManagerAddToLists() {
		String list = list();
		String id = contact();
		assertThat(admin.post("/api/v1/marketing-lists/" + list + "/members", Map.of("contactIds", List.of(id))).status())
				.isEqualTo(403);
		assertThat(marketeer.post("/api/v1/marketing-lists/" + list + "/members", Map.of("contactIds", List.of(id))).status())
				.isEqualTo(403);
		JsonNode added = sales.post("/api/v1/marketing-lists/" + list + "/members", Map.of("contactIds", List.of(id, id))).json();
		assertThat(added.get("added").toString()).isEqualTo("[\"" + id + "\"]");
		assertThat(admin.get("/api/v1/contacts/" + id + "/marketing-lists").json().get("items").get(0).get("id").asString())
				.isEqualTo(list);
	}

	@Test
	void theAudienceNamesEveryExclusionWithItsReason() {
		String list = list();
		String eligible = contact();
		String archived = contact();
		admin.post("/api/v1/contacts/" + archived + "/archive", null);
		String noEmail = admin.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "No", "lastName",
				"Mail" + TestData.suffix(), "marketingOptIn", true)).id();
		String doNotEmail = contact("doNotEmail", true);
		String notOptedIn = contact("marketingOptIn", false);
		String unsubscribed = contact();
		jdbc.sql("INSERT INTO marketing_opt_out (contact_id, via) VALUES (CAST(:c AS uuid), 'test')").param("c", unsubscribed).update();
		sales.post("/api/v1/marketing-lists/" + list + "/members",
				Map.of("contactIds", List.of(eligible, archived, noEmail, doNotEmail, notOptedIn, unsubscribed)));
		JsonNode audience = admin.get("/api/v1/marketing-lists/" + list + "/audience").json();
		assertThat(audience.get("eligible").findValuesAsString("contactId")).containsExactly(eligible);
		Map<String, String> reasons = new java.util.HashMap<>();
		audience.get("excluded").forEach(x -> reasons.put(x.get("contactId").asString(), x.get("reason").asString()));
		assertThat(reasons).containsEntry(archived, "ARCHIVED").containsEntry(noEmail, "NO_EMAIL")
				.containsEntry(doNotEmail, "DO_NOT_EMAIL").containsEntry(notOptedIn, "NOT_OPTED_IN")
				.containsEntry(unsubscribed, "UNSUBSCRIBED");
	}

	@Test
	void campaignsMailOnlyTheAudienceAndSkipAnAddressThatIsNotValid() {
		String list = list();
		String eligible = contact();
		String archived = contact();
		admin.post("/api/v1/contacts/" + archived + "/archive", null);
		String noEmail = admin.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "No", "lastName",
				"Mail" + TestData.suffix(), "marketingOptIn", true)).id();
		String doNotEmail = contact("doNotEmail", true);
		String notOptedIn = contact("marketingOptIn", false);
		String unsubscribed = contact();
		jdbc.sql("INSERT INTO marketing_opt_out (contact_id, via) VALUES (CAST(:c AS uuid), 'test')").param("c", unsubscribed).update();
		String invalid = contact();
		// stored before today's address rule, say: only the sender's check can catch it
		jdbc.sql("UPDATE contact SET email = 'mia@localhost' WHERE id = CAST(:c AS uuid)").param("c", invalid).update();
		sales.post("/api/v1/marketing-lists/" + list + "/members", Map.of("contactIds",
				List.of(eligible, archived, noEmail, doNotEmail, notOptedIn, unsubscribed, invalid)));
		String campaign = marketeer.post("/api/v1/campaigns", Map.of("name", "Reach " + TestData.suffix(), "listId", list,
				"subject", "Hello", "body", "News.")).id();
		marketeer.post("/api/v1/campaigns/" + campaign + "/send", null);
		dispatcher.dispatchAll(UUID.fromString(campaign));
		Map<String, String> recipients = new java.util.HashMap<>();
		jdbc.sql("SELECT contact_id, status, coalesce(error, '') AS error FROM campaign_recipient WHERE campaign_id = CAST(:c AS uuid)")
				.param("c", campaign).query(rs -> {
					recipients.put(rs.getString("contact_id"), rs.getString("status") + " " + rs.getString("error"));
				});
		assertThat(recipients).containsOnlyKeys(eligible, invalid).containsEntry(invalid, "SKIPPED invalid email");
		assertThat(recipients.get(eligible)).doesNotStartWith("SKIPPED");
	}

	@Test
	void sendingACampaignAgainNeverMailsAnyoneTwice() {
		String list = list();
		String first = contact();
		sales.post("/api/v1/marketing-lists/" + list + "/members", Map.of("contactIds", List.of(first)));
		JsonNode campaign = marketeer.post("/api/v1/campaigns", Map.of("name", "Spring " + TestData.suffix(), "listId", list,
				"subject", "Hello {{contactFirstName}}", "body", "Dear {{contactName}}, news from us.")).json();
		String id = campaign.get("id").asString();
		assertThat(campaign.get("status").asString()).isEqualTo("DRAFT");
		assertThat(sales.post("/api/v1/campaigns/" + id + "/send", null).status()).isEqualTo(403);
		assertThat(marketeer.post("/api/v1/campaigns/" + id + "/send", null).status()).isEqualTo(202);
		dispatcher.dispatchAll(UUID.fromString(id));
		assertThat(admin.get("/api/v1/campaigns/" + id).json().get("queued").asLong()).isEqualTo(1);

		String second = contact();
		sales.post("/api/v1/marketing-lists/" + list + "/members", Map.of("contactIds", List.of(second)));
		marketeer.post("/api/v1/campaigns/" + id + "/send", null);
		dispatcher.dispatchAll(UUID.fromString(id));
		JsonNode after = admin.get("/api/v1/campaigns/" + id).json();
		assertThat(after.get("queued").asLong()).isEqualTo(2);
		assertThat(after.get("status").asString()).isEqualTo("SENT");
		assertThat(jdbc.sql("SELECT count(*) FROM campaign_recipient WHERE campaign_id = CAST(:c AS uuid) AND contact_id = CAST(:p AS uuid)")
				.param("c", id).param("p", first).query(Long.class).single()).isEqualTo(1);
		assertThat(admin.get("/api/v1/contacts/" + first + "/activity").json().get("items").findValuesAsString("type"))
				.contains("EMAIL_QUEUED");
		assertThat(admin.delete("/api/v1/contacts/" + first).status()).as("campaign history").isEqualTo(409);
	}

	@Test
	void campaignEmailsCarryOneClickUnsubscribeAndAreCounted() {
		String list = list();
		String email = TestData.email("campaigned");
		String id = contact("email", email, "sendWelcomeEmail", false);
		sales.post("/api/v1/marketing-lists/" + list + "/members", Map.of("contactIds", List.of(id)));
		String campaign = marketeer.post("/api/v1/campaigns", Map.of("name", "Headers", "listId", list, "subject",
				"News for {{contactFirstName}}", "body", "Hello")).id();
		marketeer.post("/api/v1/campaigns/" + campaign + "/send", null);
		dispatcher.dispatchAll(UUID.fromString(campaign));
		var received = app.clientele.TestSmtp.awaitMessageTo(email);
		assertThat(received.subject()).isEqualTo("News for Mia");
		assertThat(received.header("List-Unsubscribe").getFirst()).startsWith("<https://clientele.test/unsubscribe/");
		assertThat(received.header("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(received.text()).contains("https://clientele.test/unsubscribe/");
		org.awaitility.Awaitility.await().atMost(app.clientele.TestSmtp.WAIT)
				.until(() -> admin.get("/api/v1/campaigns/" + campaign).json().get("sent").asLong() == 1);
		assertThat(admin.get("/api/v1/contacts/" + id + "/emails").json().get("items").get(0).get("campaignId").asString())
				.isEqualTo(campaign);
	}

	@Test
	void campaignsFillPlaceholdersAndNamesAsTemplatesDo() {
		String list = list();
		String email = TestData.email("middle");
		String id = contact("firstName", "Mary", "middleName", "Ann", "email", email, "sendWelcomeEmail", false);
		sales.post("/api/v1/marketing-lists/" + list + "/members", Map.of("contactIds", List.of(id)));
		String body = "Dear {{ contactName }} ({{contactFirstName}}) of {{  accountName}}, news.";
		String campaign = marketeer.post("/api/v1/campaigns", Map.of("name", "Spaces", "listId", list, "subject",
				"Hello {{ contactFirstName }}", "body", body)).id();
		Contact contact = contacts.get(UUID.fromString(id));
		assertThat(contact.name()).startsWith("Mary Ann Market");
		String expected = Placeholders.text(body, Map.of("contactName", contact.name(), "contactFirstName", "Mary",
				"accountName", admin.get("/api/v1/accounts/" + account).json().get("name").asString()));

		JsonNode preview = marketeer.post("/api/v1/campaigns/" + campaign + "/preview", Map.of("contactId", id)).json();
		assertThat(preview.get("body").asString()).isEqualTo(expected);
		assertThat(marketeer.get("/api/v1/marketing-lists/" + list + "/audience").json().get("eligible").get(0).get("name")
				.asString()).isEqualTo(contact.name());
		marketeer.post("/api/v1/campaigns/" + campaign + "/send", null);
		dispatcher.dispatchAll(UUID.fromString(campaign));
		var received = app.clientele.TestSmtp.awaitMessageTo(email);
		assertThat(received.subject()).isEqualTo("Hello Mary");
		assertThat(received.text()).contains(expected).doesNotContain("{{");
	}

	@Test
	void previewUsesARealContactsData() {
		String list = list();
		String id = contact("firstName", "Priya");
		sales.post("/api/v1/marketing-lists/" + list + "/members", Map.of("contactIds", List.of(id)));
		String campaign = marketeer.post("/api/v1/campaigns", Map.of("name", "Preview", "listId", list, "subject",
				"Hi {{contactFirstName}}", "body", "Body for {{contactName}} at {{accountName}}")).id();
		JsonNode preview = marketeer.post("/api/v1/campaigns/" + campaign + "/preview", Map.of("contactId", id)).json();
		assertThat(preview.get("subject").asString()).isEqualTo("Hi Priya");
		assertThat(preview.get("body").asString()).contains("Priya Market").contains("Market ");
	}

	@Test
	void unsubscribeNeedsAPostAndIsHonouredByLaterCampaigns() {
		String list = list();
		String id = contact();
		sales.post("/api/v1/marketing-lists/" + list + "/members", Map.of("contactIds", List.of(id)));
		String campaign = marketeer.post("/api/v1/campaigns", Map.of("name", "C1", "listId", list, "subject", "S", "body", "B")).id();
		marketeer.post("/api/v1/campaigns/" + campaign + "/send", null);
		dispatcher.dispatchAll(UUID.fromString(campaign));
		UUID link = jdbc.sql("SELECT id FROM unsubscribe_link WHERE contact_id = CAST(:c AS uuid)").param("c", id)
				.query(UUID.class).single();
		String url = app.clientele.TestLinks.delivered(jdbc, link, "/unsubscribe/");
		assertThat(url).startsWith("https://clientele.test/unsubscribe/");
		String path = url.substring("https://clientele.test".length());

		Console browser = Console.anonymous(port);
		var asked = browser.get(path);
		assertThat(asked.statusCode()).isEqualTo(200);
		assertThat(asked.body()).contains("Unsubscribe?").contains("data-state=\"ask\"");
		assertThat(unsubscribes.unsubscribed(UUID.fromString(id))).as("opening the link changes nothing").isFalse();

		var oneClick = new Api(port).send("POST", path, "List-Unsubscribe=One-Click", "application/x-www-form-urlencoded");
		assertThat(oneClick.status()).isEqualTo(200);
		assertThat(unsubscribes.unsubscribed(UUID.fromString(id))).isTrue();
		assertThat(admin.get("/api/v1/marketing-lists/" + list + "/audience").json().get("excluded").get(0).get("reason").asString())
				.isEqualTo("UNSUBSCRIBED");
		assertThat(admin.get("/api/v1/contacts/" + id + "/activity").json().get("items").findValuesAsString("type"))
				.contains("UNSUBSCRIBED_FROM_MARKETING");

		String later = marketeer.post("/api/v1/campaigns", Map.of("name", "C2", "listId", list, "subject", "S", "body", "B")).id();
		marketeer.post("/api/v1/campaigns/" + later + "/send", null);
		assertThat(dispatcher.dispatchAll(UUID.fromString(later))).isZero();
		assertThat(Console.anonymous(port).get("/unsubscribe/not-a-token").statusCode()).isEqualTo(404);
	}

	@Test
	void campaignsAndListsRefuseBadInputByField() {
		var bad = marketeer.post("/api/v1/campaigns", Map.of("name", "", "subject", "two\nlines", "body", "x"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").findValuesAsString("field")).contains("name", "listId", "subject");
		String name = "Dup " + TestData.suffix();
		marketeer.post("/api/v1/marketing-lists", Map.of("name", name));
		assertThat(marketeer.post("/api/v1/marketing-lists", Map.of("name", name.toUpperCase())).status()).isEqualTo(409);
	}
}
