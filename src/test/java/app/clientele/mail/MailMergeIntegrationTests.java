package app.clientele.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestSmtp;
import app.clientele.TestUsers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An email being sent while its contact is merged away is history of the survivor: its outcome is
 * recorded on whoever owns the email now, not refused (and sent again) for a contact that is gone.
 */
@IntegrationTest
class MailMergeIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Outbox outbox;

	@Autowired
	DeliveryOutcomes outcomes;

	@Test
	void anEmailSentWhileItsContactIsMergedIsTheSurvivors() {
		Api admin = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = admin.post("/api/v1/accounts", Map.of("name", "Mail Merge " + TestData.suffix())).id();
		String survivor = contact(admin, account, "Mira");
		String other = contact(admin, account, "Miro");
		String document = admin.post("/api/v1/accounts/" + account + "/documents", Map.of("type", "INVOICE", "number",
				"INV-" + TestData.suffix(), "title", "Service")).id();
		admin.post("/api/v1/documents/" + document + "/send", Map.of("contactIds", List.of(other)));
		UUID email = Awaitility.await("the document's email sent").atMost(TestSmtp.WAIT).until(() -> jdbc.sql("""
				SELECT id FROM outbox_email WHERE contact_id = CAST(:c AS uuid) AND status = 'SENT' LIMIT 1
				""").param("c", other).query(UUID.class).optional(), java.util.Optional::isPresent).orElseThrow();
		// As if a delivery had claimed it again just before the merge, and finished just after.
		jdbc.sql("UPDATE outbox_email SET status = 'SENDING' WHERE id = :id").param("id", email).update();
		OutboxEmail claimed = outbox.find(email).orElseThrow();

		assertThat(admin.post("/api/v1/contacts/" + survivor + "/merge", Map.of("otherId", other)).status())
				.isEqualTo(200);
		outcomes.record(List.of(new DeliveryOutcomes.Sent(claimed, "Invoice")));

		assertThat(jdbc.sql("SELECT status FROM outbox_email WHERE id = :id").param("id", email).query(String.class)
				.single()).isEqualTo("SENT");
		assertThat(jdbc.sql("""
				SELECT count(*) FROM activity_entry WHERE contact_id = CAST(:c AS uuid) AND type = 'EMAIL_SENT'
				    AND details ->> 'emailId' = :e
				""").param("c", survivor).param("e", email.toString()).query(Long.class).single()).isEqualTo(2);
	}

	private static String contact(Api admin, String account, String firstName) {
		return admin.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", firstName, "lastName",
				"Merge" + TestData.suffix(), "email", TestData.email(firstName.toLowerCase()), "confirmNotDuplicate", true))
				.id();
	}
}
