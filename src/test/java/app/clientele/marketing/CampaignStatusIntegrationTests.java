package app.clientele.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestSmtp;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A campaign says where it stands as a person reads it: sending while emails wait, sent once they went. */
@IntegrationTest
class CampaignStatusIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CampaignDispatcher dispatcher;

	@Test
	void aCampaignWhoseEmailsWaitSaysSendingWithHowManyAreQueued() {
		Api anonymous = new Api(port);
		Api admin = anonymous.as(TestUsers.adminToken(anonymous));
		Api marketeer = anonymous.as(TestUsers.token(anonymous, Role.MARKETEER));
		String account = admin.post("/api/v1/accounts", Map.of("name", "Queued " + TestData.suffix())).id();
		String contact = admin.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Quin",
				"lastName", "Queue" + TestData.suffix(), "email", TestData.email("quin"), "marketingOptIn", true)).id();
		String list = marketeer.post("/api/v1/marketing-lists", Map.of("name", "Queued " + TestData.suffix())).id();
		assertThat(anonymous.as(TestUsers.token(anonymous, Role.SALES)).post("/api/v1/marketing-lists/" + list + "/members",
				Map.of("contactIds", List.of(contact))).status()).isLessThan(300);
		String campaign = marketeer.post("/api/v1/campaigns", Map.of("name", "Queued news", "listId", list,
				"subject", "News", "body", "Hello")).id();
		Console console = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		assertThat(status(console.get("/marketing/campaigns/" + campaign).body())).isEqualTo("Draft");

		marketeer.post("/api/v1/campaigns/" + campaign + "/send", null);
		dispatcher.dispatchAll(UUID.fromString(campaign));
		var queued = admin.get("/api/v1/campaigns/" + campaign).json();
		assertThat(queued.get("queued").asLong()).as("%s", queued).isEqualTo(1);
		assertThat(queued.get("status").asString()).isEqualTo("SENT");

		// Every recipient queued (the campaign's status is SENT) while the email still waits in the outbox.
		recipients(campaign, "QUEUED");
		assertThat(status(console.get("/marketing/campaigns/" + campaign).body())).isEqualTo("Sending (1 of 1 queued)");
		assertThat(console.get("/marketing").body()).contains("Sending (1 of 1 queued)");
		recipients(campaign, "SENT");
		assertThat(status(console.get("/marketing/campaigns/" + campaign).body())).isEqualTo("Sent");
	}

	/** Where the campaign's email stands, set here: the outbox delivers on its own schedule. */
	private void recipients(String campaign, String status) {
		Awaitility.await().atMost(TestSmtp.WAIT).until(() -> jdbc.sql("""
				UPDATE campaign_recipient SET status = :status WHERE campaign_id = CAST(:c AS uuid)
				""").param("status", status).param("c", campaign).update() == 1);
	}

	private static String status(String page) {
		var m = java.util.regex.Pattern.compile("data-campaign-status[^>]*>([^<]*)<").matcher(page);
		assertThat(m.find()).as("the campaign's status on the page").isTrue();
		return m.group(1).strip();
	}
}
