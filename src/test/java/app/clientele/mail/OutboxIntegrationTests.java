package app.clientele.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.ReceivedEmail;
import app.clientele.TestData;
import app.clientele.TestSmtp;
import app.clientele.TestUsers;
import app.clientele.contacts.ContactDetails;
import app.clientele.contacts.ContactLifecycle;
import app.clientele.contacts.ContactManagement;
import app.clientele.contacts.NewContact;
import app.clientele.contacts.PreferredChannel;
import app.clientele.platform.IfMatch;
import app.clientele.platform.InvalidInput;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox rules of the product, through the module's API and a real SMTP server. */
@IntegrationTest
class OutboxIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MailOutbox mail;

	@Autowired
	Outbox outbox;

	@Autowired
	TestLinks links;

	@Autowired
	ContactManagement contacts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	Api api;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		account = api.post("/api/v1/accounts", Map.of("name", "Outbox " + TestData.suffix())).id();
	}

	<T> T inTransaction(Supplier<T> work) {
		return new TransactionTemplate(transactions).execute(tx -> work.get());
	}

	UUID queue(OutgoingEmail email) {
		return inTransaction(() -> mail.queue(email)).orElseThrow();
	}

	static OutgoingEmail email(TemplateKey template, String to, Map<String, String> values) {
		return OutgoingEmail.of(template, null, to, "Test Person", values);
	}

	OutboxEmail awaitEnded(UUID id) {
		return Awaitility.await().atMost(TestSmtp.WAIT).until(() -> outbox.find(id).orElseThrow(),
				e -> e.status() != EmailStatus.QUEUED && e.status() != EmailStatus.SENDING);
	}

	@Test
	void rolledBackChangeLeavesNoEmail() {
		String address = TestData.email("rollback");
		ContactDetails details = new ContactDetails("Rolled", null, "Back" + TestData.suffix(), null, Set.of(), null,
				address, List.of(), null, null, PreferredChannel.ANY, false, false, false, false, false, Set.of(),
				List.of());
		assertThatThrownBy(() -> inTransaction(() -> {
			contacts.create(UUID.fromString(account), new NewContact(details, true, false, true, null, true));
			mail.queue(email(TemplateKey.NOTIFICATION_TASK, address, Map.of()));
			throw new IllegalStateException("the change fails after queueing its email");
		})).hasMessageContaining("the change fails");

		assertThat(jdbc.sql("SELECT count(*) FROM outbox_email WHERE to_address = :to").param("to", address)
				.query(Long.class).single()).isZero();
		assertThat(TestSmtp.messagesTo(address)).isEmpty();
	}

	@Test
	void lineBreaksNeverCreateHeaders() {
		String address = TestData.email("crlf");
		UUID id = queue(new OutgoingEmail(TemplateKey.CAMPAIGN, null, address, "Eve\r\nBcc: spy@evil.example",
				Map.of("subject", "Hello\r\nBcc: spy@evil.example\nX-Injected: yes", "body", "Hi"), null, null,
				Map.of("List-Unsubscribe", "<{{link}}>\r\nX-Injected: yes", "List-Unsubscribe-Post",
						"List-Unsubscribe=One-Click")));

		ReceivedEmail received = TestSmtp.awaitMessageTo(address);
		assertThat(received.headerNames()).map(String::toLowerCase).doesNotContain("bcc", "x-injected");
		assertThat(received.header("Subject")).hasSize(1);
		assertThat(received.subject()).isEqualTo("Hello Bcc: spy@evil.example X-Injected: yes");
		assertThat(received.to().getPersonal()).isEqualTo("Eve Bcc: spy@evil.example");
		assertThat(received.header("List-Unsubscribe")).containsExactly("<https://clientele.test/portal/> X-Injected: yes");
		assertThat(received.header("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(TestSmtp.messagesTo("spy@evil.example")).isEmpty();
		assertThat(outbox.find(id).orElseThrow().subject()).doesNotContain("\n", "\r");

		assertThatThrownBy(() -> mail.queue(new OutgoingEmail(TemplateKey.CAMPAIGN, null, address, "Eve", Map.of(),
				null, null, Map.of("X-Fine\r\nBcc", "spy@evil.example")))).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> mail.queue(new OutgoingEmail(TemplateKey.CAMPAIGN, null, address, "Eve", Map.of(),
				null, null, Map.of("Bcc", "spy@evil.example")))).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> mail.queue(email(TemplateKey.CAMPAIGN, address + "\r\nBcc: spy@evil.example",
				Map.of()))).isInstanceOf(InvalidInput.class);
	}

	@Test
	void valuesAreEscapedInHtml() {
		String address = TestData.email("escape");
		queue(email(TemplateKey.WELCOME, address, Map.of("contactFirstName", "<b>Bold</b> & \"Co\"")));

		ReceivedEmail received = TestSmtp.awaitMessageTo(address);
		assertThat(received.html()).contains("Hello &lt;b&gt;Bold&lt;/b&gt; &amp; &quot;Co&quot;,")
				.doesNotContain("<b>Bold</b>");
		assertThat(received.text()).contains("Hello <b>Bold</b> & \"Co\",");
	}

	@Test
	void templateOffSendsNothing(@Autowired EmailTemplates templates) {
		TemplateKey key = TemplateKey.NOTIFICATION_SERVICE;
		String address = TestData.email("templateoff");
		EmailTemplate on = templates.get(key);
		try {
			templates.update(key, new TemplateChange(false, on.subject(), on.htmlBody(), on.textBody()),
					IfMatch.ANY);
			assertThat(inTransaction(() -> mail.queue(email(key, address, Map.of())))).isEmpty();
			templates.update(key, TemplateChange.of(on), IfMatch.ANY);

			UUID queuedThenOff = inTransaction(() -> {
				Optional<UUID> id = mail.queue(email(key, address, Map.of()));
				templates.update(key, new TemplateChange(false, on.subject(), on.htmlBody(), on.textBody()),
						IfMatch.ANY);
				return id.orElseThrow();
			});
			OutboxEmail cancelled = awaitEnded(queuedThenOff);
			assertThat(cancelled.status()).isEqualTo(EmailStatus.CANCELLED);
			assertThat(cancelled.lastError()).contains("switched off");
			assertThat(TestSmtp.messagesTo(address)).isEmpty();
		}
		finally {
			templates.update(key, TemplateChange.of(on), IfMatch.ANY);
		}
	}

	@Test
	void cancelQueuedCancelsOnlyThatTemplatesWaitingEmails() {
		String address = TestData.email("superseded");
		UUID contact = UUID.fromString(api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Su",
				"lastName", "Perseded" + TestData.suffix(), "email", address, "sendWelcomeEmail", false)).id());
		List<UUID> ids = inTransaction(() -> {
			UUID first = mail.queue(new OutgoingEmail(TemplateKey.PORTAL_INVITATION, contact, address, "Su", Map.of(),
					links.live(), null, Map.of())).orElseThrow();
			UUID task = mail.queue(OutgoingEmail.of(TemplateKey.NOTIFICATION_TASK, contact, address, "Su",
					Map.of("documentTitle", "Check the boiler"))).orElseThrow();
			assertThat(mail.cancelQueued(contact, TemplateKey.PORTAL_INVITATION, "superseded by a new invitation"))
					.isEqualTo(1);
			return List.of(first, task);
		});
		assertThat(awaitEnded(ids.get(0)).lastError()).isEqualTo("superseded by a new invitation");
		assertThat(awaitEnded(ids.get(0)).status()).isEqualTo(EmailStatus.CANCELLED);
		assertThat(awaitEnded(ids.get(1)).status()).isEqualTo(EmailStatus.SENT);
		assertThat(TestSmtp.awaitMessageTo(address).subject()).isEqualTo("Task: Check the boiler");
	}

	@Test
	void emailOfAContactArchivedBeforeSendingIsCancelled(@Autowired ContactLifecycle lifecycle) {
		String address = TestData.email("archived");
		UUID contact = UUID.fromString(api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Ar",
				"lastName", "Chived" + TestData.suffix(), "email", address, "sendWelcomeEmail", false)).id());
		UUID id = inTransaction(() -> {
			UUID queued = mail.queue(OutgoingEmail.of(TemplateKey.NOTIFICATION_TASK, contact, address, "Ar", Map.of()))
					.orElseThrow();
			lifecycle.archive(contact, IfMatch.ANY);
			return queued;
		});
		OutboxEmail cancelled = awaitEnded(id);
		assertThat(cancelled.status()).isEqualTo(EmailStatus.CANCELLED);
		assertThat(cancelled.lastError()).contains("archived");
	}
}
