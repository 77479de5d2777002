package app.clientele.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.ReceivedEmail;
import app.clientele.TestData;
import app.clientele.TestSmtp;
import app.clientele.TestUsers;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links in email: issued at send time by the module that owns them, only under the public URL,
 * never stored; a dead link cancels its email.
 */
@IntegrationTest
class EmailLinksIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MailOutbox mail;

	@Autowired
	Outbox outbox;

	@Autowired
	TestLinks links;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	Api api;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		account = api.post("/api/v1/accounts", Map.of("name", "Links " + TestData.suffix())).id();
	}

	UUID queue(OutgoingEmail email) {
		return new TransactionTemplate(transactions).execute(tx -> mail.queue(email)).orElseThrow();
	}

	static OutgoingEmail email(TemplateKey template, String to, Map<String, String> values) {
		return OutgoingEmail.of(template, null, to, "Test Person", values);
	}

	OutboxEmail awaitEnded(UUID id) {
		return Awaitility.await().atMost(TestSmtp.WAIT).until(() -> outbox.find(id).orElseThrow(),
				e -> e.status() != EmailStatus.QUEUED && e.status() != EmailStatus.SENDING);
	}

	@Test
	void linksComeFromPublicUrlOnly() {
		String address = TestData.email("links");
		queue(email(TemplateKey.PORTAL_INVITATION, address, Map.of("link", "https://evil.example/phish"))
				.withLink(links.live()));

		ReceivedEmail received = TestSmtp.awaitMessageTo(address);
		assertThat(received.text()).contains("https://clientele.test/portal/activate?token=").doesNotContain("evil");
		assertThat(received.html()).contains("href=\"https://clientele.test/portal/activate?token=")
				.doesNotContain("evil");

		String refused = TestData.email("foreign");
		OutboxEmail failed = awaitEnded(queue(email(TemplateKey.PORTAL_INVITATION, refused, Map.of())
				.withLink(links.foreign())));
		assertThat(failed.status()).isEqualTo(EmailStatus.FAILED);
		assertThat(failed.lastError()).contains("CLIENTELE_PUBLIC_URL");
		assertThat(TestSmtp.messagesTo(refused)).isEmpty();
	}

	@Test
	void deadLinkCancelsTheEmail() {
		String address = TestData.email("dead");
		String contact = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Dead",
				"lastName", "Link" + TestData.suffix(), "email", address, "sendWelcomeEmail", false)).id();
		UUID id = queue(new OutgoingEmail(TemplateKey.PORTAL_INVITATION, UUID.fromString(contact), address, "Dead Link",
				Map.of(), links.dead(), null, Map.of()));

		OutboxEmail cancelled = awaitEnded(id);
		assertThat(cancelled.status()).isEqualTo(EmailStatus.CANCELLED);
		assertThat(cancelled.lastError()).contains("no longer valid");
		assertThat(api.get("/api/v1/contacts/" + contact + "/activity").json().get("items").findValuesAsString("type"))
				.contains("EMAIL_CANCELLED");
		assertThat(api.get("/api/v1/contacts/" + contact + "/emails").json().get("items")).isEmpty();
		assertThat(TestSmtp.messagesTo(address)).isEmpty();
		assertThat(api.delete("/api/v1/contacts/" + contact).status()).as("only unsent mail: deletable").isEqualTo(204);
		assertThat(outbox.find(id)).isEmpty();
	}

	@Test
	void theLinkSecretIsNeverStored() {
		String address = TestData.email("secret");
		String contact = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Secret",
				"lastName", "Keeper" + TestData.suffix(), "email", address, "sendWelcomeEmail", false)).id();
		UUID id = queue(new OutgoingEmail(TemplateKey.PORTAL_INVITATION, UUID.fromString(contact), address, "Secret",
				Map.of(), links.live(), null, Map.of()));
		ReceivedEmail received = TestSmtp.awaitMessageTo(address);
		assertThat(awaitEnded(id).status()).isEqualTo(EmailStatus.SENT);
		String secret = links.issuedSecrets().stream().filter(received.text()::contains).findFirst().orElseThrow();

		assertThat(jdbc.sql("SELECT count(*) FROM outbox_email o WHERE strpos(row_to_json(o)::text, :s) > 0")
				.param("s", secret).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM activity_entry a WHERE strpos(row_to_json(a)::text, :s) > 0")
				.param("s", secret).query(Long.class).single()).isZero();
	}
}
