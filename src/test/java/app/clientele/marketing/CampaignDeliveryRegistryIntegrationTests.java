package app.clientele.marketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestSmtp;
import app.clientele.TestUsers;
import app.clientele.mail.EmailSent;
import app.clientele.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Campaign recipients follow delivery after the delivery worker's commit, through Spring
 * Modulith's event publication registry: a listener that fails leaves its publication in the
 * registry, and a resubmission completes it (and deletes it: completion mode DELETE).
 */
@IntegrationTest
class CampaignDeliveryRegistryIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CampaignDispatcher dispatcher;

	@Autowired
	IncompleteEventPublications incomplete;

	@Test
	void aCampaignDeliveryWhoseListenerFailedStaysInTheRegistryAndCompletesWhenResubmitted() {
		Api anonymous = new Api(port);
		Api admin = anonymous.as(TestUsers.adminToken(anonymous));
		Api marketeer = anonymous.as(TestUsers.token(anonymous, Role.MARKETEER));
		String account = admin.post("/api/v1/accounts", Map.of("name", "Registry " + TestData.suffix())).id();
		String email = TestData.email("registry");
		UUID contact = UUID.fromString(admin.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Rita",
				"lastName", "Registry" + TestData.suffix(), "email", email, "marketingOptIn", true,
				"sendWelcomeEmail", false, "confirmNotDuplicate", true)).id());
		String list = marketeer.post("/api/v1/marketing-lists", Map.of("name", "List " + TestData.suffix())).id();
		anonymous.as(TestUsers.token(anonymous, Role.SALES)).post("/api/v1/marketing-lists/" + list + "/members",
				Map.of("contactIds", List.of(contact.toString())));
		String campaign = marketeer.post("/api/v1/campaigns", Map.of("name", "Registry", "listId", list, "subject",
				"Registered", "body", "Hello")).id();

		refuseRecipientSent(contact);
		try {
			marketeer.post("/api/v1/campaigns/" + campaign + "/send", null);
			dispatcher.dispatchAll(UUID.fromString(campaign));
			TestSmtp.awaitMessageTo(email);
			await().atMost(TestSmtp.WAIT).until(() -> publications(contact, "completion_date IS NULL") == 1);
			assertThat(recipientStatus(contact)).isEqualTo("QUEUED");
		}
		finally {
			jdbc.sql("DROP TRIGGER refuse_recipient_sent ON campaign_recipient").update();
		}

		incomplete.resubmitIncompletePublications(
				p -> p.getEvent() instanceof EmailSent sent && contact.equals(sent.contactId()));
		await().atMost(TestSmtp.WAIT).until(() -> "SENT".equals(recipientStatus(contact)));
		await().atMost(TestSmtp.WAIT).until(() -> publications(contact, "TRUE") == 0);
		assertThat(admin.get("/api/v1/contacts/" + contact + "/activity").json().get("items").findValuesAsString("type"))
				.containsOnlyOnce("CAMPAIGN_SENT");
	}

	/** A database that refuses this contact's recipient its SENT: the listener fails after the worker's commit. */
	private void refuseRecipientSent(UUID contact) {
		jdbc.sql("""
				CREATE OR REPLACE FUNCTION refuse_recipient_sent() RETURNS trigger AS $$
				BEGIN
				  IF NEW.status = 'SENT' AND NEW.contact_id = '%s' THEN
				    RAISE EXCEPTION 'refused by the test';
				  END IF;
				  RETURN NEW;
				END $$ LANGUAGE plpgsql
				""".formatted(contact)).update();
		jdbc.sql("""
				CREATE TRIGGER refuse_recipient_sent BEFORE UPDATE ON campaign_recipient
				FOR EACH ROW EXECUTE FUNCTION refuse_recipient_sent()
				""").update();
	}

	/** The registry's rows of the campaign listener for this contact's email; a completed one is deleted, not kept. */
	private long publications(UUID contact, String condition) {
		return jdbc.sql("""
				SELECT count(*) FROM event_publication
				WHERE %s AND listener_id LIKE '%%CampaignDeliveries%%' AND serialized_event LIKE :contact
				""".formatted(condition)).param("contact", "%" + contact + "%").query(Long.class).single();
	}

	private String recipientStatus(UUID contact) {
		return jdbc.sql("SELECT status FROM campaign_recipient WHERE contact_id = :c").param("c", contact)
				.query(String.class).single();
	}
}
