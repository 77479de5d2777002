package app.clientele.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import app.clientele.Api;
import app.clientele.ReceivedEmail;
import app.clientele.TestData;
import app.clientele.TestSmtp;
import app.clientele.TestUsers;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.awaitility.Awaitility;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The SMTP server goes away and comes back: requests that queue email never wait for it,
 * delivery retries with backoff and resumes, one Message-ID throughout, and an email whose
 * retries are spent is FAILED with the last error. Its own application, sending to a port where
 * the test decides what listens.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"clientele.admin-email=" + TestUsers.ADMIN_EMAIL, "clientele.admin-password=" + TestUsers.ADMIN_PASSWORD,
		"clientele.public-url=https://clientele.test", "spring.mail.host=127.0.0.1",
		"spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=8000",
		"clientele.mail.retry-base=300ms", "clientele.mail.retry-max=1s", "clientele.mail.max-attempts=6",
		"clientele.mail.poll-interval=200ms" })
@DirtiesContext
class SmtpOutageIntegrationTests {

	static final int SMTP_PORT = freePort();

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", () -> SMTP_PORT);
	}

	@LocalServerPort
	int port;

	@Autowired
	Outbox outbox;

	@Autowired
	MailEvents events;

	Api api;
	String account;
	@Nullable GreenMail greenMail;
	@Nullable ServerSocket blackHole;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		account = api.post("/api/v1/accounts", Map.of("name", "Outage " + TestData.suffix())).id();
	}

	@AfterEach
	void serversDown() throws IOException {
		if (greenMail != null) {
			greenMail.stop();
		}
		if (blackHole != null) {
			blackHole.close();
		}
	}

	UUID welcomeTo(String address) {
		String contact = api.post("/api/v1/accounts/" + account + "/contacts",
				Map.of("firstName", "Otto", "lastName", "Outage" + TestData.suffix(), "email", address)).id();
		return UUID.fromString(api.get("/api/v1/contacts/" + contact + "/emails").json().get("items").get(0).get("id")
				.asString());
	}

	OutboxEmail awaitEmail(UUID id, Predicate<OutboxEmail> condition) {
		return Awaitility.await().atMost(TestSmtp.WAIT).pollInterval(Duration.ofMillis(20))
				.until(() -> outbox.find(id).orElseThrow(), condition);
	}

	@Test
	void deliveryResumesAfterSmtpOutage() throws IOException {
		blackHole = new ServerSocket(SMTP_PORT, 50, InetAddress.getLoopbackAddress());
		List<Socket> held = new CopyOnWriteArrayList<>();
		Thread.ofVirtual().start(() -> holdEveryConnection(blackHole, held));
		String address = TestData.email("outage");

		long started = System.nanoTime();
		UUID id = welcomeTo(address);
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(millis).as("creating a contact waits for no SMTP server (it would take 8 s here)").isLessThan(4000);

		awaitEmail(id, e -> e.status() == EmailStatus.SENDING);
		blackHole.close();
		OutboxEmail failing = awaitEmail(id, e -> e.attempts() >= 2 && e.lastError() != null);
		assertThat(failing.status()).isIn(EmailStatus.QUEUED, EmailStatus.SENDING);
		greenMail = TestSmtp.start(ServerSetup.SMTP.port(SMTP_PORT));

		ReceivedEmail received = TestSmtp.awaitMessageTo(greenMail, address);
		assertThat(received.subject()).startsWith("Welcome to");
		OutboxEmail sent = awaitEmail(id, e -> e.status() == EmailStatus.SENT);
		assertThat(sent.attempts()).as("delivered by a retry").isGreaterThanOrEqualTo(2);
		assertThat(sent.lastError()).isNull();
	}

	@Test
	void retryKeepsOneMessageId() {
		String address = TestData.email("retry");
		UUID id = welcomeTo(address);
		awaitEmail(id, e -> e.attempts() >= 2 && e.status() == EmailStatus.QUEUED);
		greenMail = TestSmtp.start(ServerSetup.SMTP.port(SMTP_PORT));

		OutboxEmail sent = awaitEmail(id, e -> e.status() == EmailStatus.SENT);
		List<ReceivedEmail> received = TestSmtp.messagesTo(greenMail, address).stream().map(ReceivedEmail::of).toList();
		assertThat(received).hasSize(1);
		assertThat(received.getFirst().messageId()).isEqualTo(sent.messageId());
		assertThat(sent.attempts()).isGreaterThan(2);
	}

	@Test
	void anEmailWhoseRetriesAreSpentFailsWithTheLastError() {
		String address = TestData.email("failed");
		UUID id = welcomeTo(address);

		OutboxEmail failed = awaitEmail(id, e -> e.status() == EmailStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(6);
		assertThat(failed.lastError()).containsIgnoringCase("connect");
		JsonNode history = api.get("/api/v1/contacts/" + failed.contactId() + "/emails").json().get("items").get(0);
		assertThat(history.get("status").asString()).isEqualTo("FAILED");
		assertThat(history.get("error").asString()).isEqualTo(failed.lastError());
		JsonNode timeline = api.get("/api/v1/contacts/" + failed.contactId() + "/activity").json().get("items");
		assertThat(timeline.get(0).get("type").asString()).isEqualTo("EMAIL_FAILED");
		assertThat(timeline.get(0).get("details").get("error").asString()).isEqualTo(failed.lastError());
		assertThat(events.failed()).anySatisfy(e -> assertThat(e.emailId()).isEqualTo(id));
	}

	/**
	 * An outage only delays email (it waits in the outbox), and every node shares the one SMTP
	 * server: a DOWN health would take all nodes out of service at once for something the
	 * outbox absorbs. So during a real outage, with an email failing to go out, the app stays UP
	 * while the SMTP server's own health, apart, says DOWN, and UP again once it is back.
	 */
	@Test
	void anSmtpOutageShowsInTheSmtpHealthButLeavesTheAppHealthy() {
		UUID id = welcomeTo(TestData.email("healthy"));
		OutboxEmail failing = awaitEmail(id, e -> e.attempts() >= 1 && e.lastError() != null);
		assertThat(failing.lastError()).containsIgnoringCase("connect");
		Api anonymous = new Api(port);
		var health = anonymous.get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
		var smtp = anonymous.get("/actuator/health/smtp");
		assertThat(smtp.status()).isEqualTo(503);
		assertThat(smtp.json().get("status").asString()).isEqualTo("DOWN");

		greenMail = TestSmtp.start(ServerSetup.SMTP.port(SMTP_PORT));
		var back = anonymous.get("/actuator/health/smtp");
		assertThat(back.status()).isEqualTo(200);
		assertThat(back.json().get("status").asString()).isEqualTo("UP");
	}

	private static void holdEveryConnection(ServerSocket server, List<Socket> held) {
		while (!server.isClosed()) {
			try {
				held.add(server.accept());
			}
			catch (IOException closed) {
				held.forEach(s -> {
					try {
						s.close();
					}
					catch (IOException ignored) {
						// the test is done with it
					}
				});
				return;
			}
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
