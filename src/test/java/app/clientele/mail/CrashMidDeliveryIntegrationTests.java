package app.clientele.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import app.clientele.ClienteleApplication;
import app.clientele.ReceivedEmail;
import app.clientele.TestData;
import app.clientele.TestDatabase;
import app.clientele.TestSmtp;
import app.clientele.TestUsers;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * No email is lost when a node dies at any moment, and the crash costs a minute at most: a node
 * (its own JVM, default delivery settings) delivers a full outbox and is killed (SIGKILL)
 * mid-delivery; a new node finishes the work within a minute of its start. Every email arrives;
 * only an email in flight at the kill (one per SMTP connection at most) arrives again, and only
 * with its one Message-ID. A node that stops gracefully leaves no claim behind.
 */
class CrashMidDeliveryIntegrationTests {

	static final int EMAILS = 1000;

	private static final Logger log = LoggerFactory.getLogger(CrashMidDeliveryIntegrationTests.class);

	@Test
	void crashMidDeliveryLosesNothingAndCostsAMinuteAtMost() throws Exception {
		String suffix = TestData.suffix();
		String url = database("crash_" + suffix);
		JdbcClient db = JdbcClient.create(TestDatabase.server().getDatabase("postgres", "crash_" + suffix));
		String domain = "crash-" + suffix + ".example.com";
		queue(url, domain);

		File nodeLog = Files.createTempFile("clientele-node", ".log").toFile();
		Process node = startNode(url, nodeLog);
		try {
			Awaitility.await("the node delivering").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(10))
					.until(() -> TestSmtp.server().getReceivedMessagesForDomain(domain).length >= 20 || !node.isAlive());
			assertThat(node.isAlive()).as("the node runs; its log: %s", nodeLog).isTrue();
			node.destroyForcibly();
			assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}
		finally {
			node.destroyForcibly();
		}
		long killed = System.nanoTime();
		long sentBeforeCrash = sent(db);
		long claimedAtCrash = db.sql("SELECT count(*) FROM outbox_email WHERE status = 'SENDING'").query(Long.class)
				.single();
		int receivedBeforeCrash = TestSmtp.server().getReceivedMessagesForDomain(domain).length;
		assertThat(sentBeforeCrash).as("the node died mid-delivery").isLessThan(EMAILS);

		int connections;
		long restarted;
		try (ConfigurableApplicationContext finishing = start(url, "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + TestSmtp.server().getSmtp().getPort())) {
			restarted = System.nanoTime();
			connections = finishing.getBean(DeliveryProperties.class).connections();
			Awaitility.await("the new node finishing").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100))
					.until(() -> sent(db) == EMAILS);
		}
		double takeOverSeconds = (System.nanoTime() - restarted) / 1e9;
		double sinceKillSeconds = (System.nanoTime() - killed) / 1e9;

		Map<String, String> messageIds = new HashMap<>();
		db.sql("SELECT to_address, message_id FROM outbox_email").query((rs, n) -> messageIds
				.put(rs.getString("to_address"), rs.getString("message_id"))).list();
		Map<String, Set<String>> received = new HashMap<>();
		MimeMessage[] all = TestSmtp.server().getReceivedMessagesForDomain(domain);
		for (MimeMessage m : all) {
			ReceivedEmail email = ReceivedEmail.of(m);
			received.computeIfAbsent(email.to().getAddress(), a -> new HashSet<>()).add(email.messageId());
		}
		int secondCopies = all.length - received.size();
		log.info("CRASH FIGURES: take-over {} s after the restart ({} s after the kill), {} second copies "
				+ "({} SMTP connections); the node was killed with {} of {} emails marked SENT, {} claimed (SENDING) "
				+ "and {} received; {} messages received in all", "%.1f".formatted(takeOverSeconds),
				"%.1f".formatted(sinceKillSeconds), secondCopies, connections, sentBeforeCrash, EMAILS, claimedAtCrash,
				receivedBeforeCrash, all.length);
		assertThat(received.keySet()).as("every email arrived").isEqualTo(messageIds.keySet());
		received.forEach((address, ids) -> assertThat(ids).as("Message-IDs received by %s", address)
				.containsExactly(messageIds.get(address)));
		assertThat(takeOverSeconds).as("seconds until a new node has sent the dead node's email").isLessThan(60);
		assertThat(secondCopies).as("second copies: at most the one email in flight per SMTP connection")
				.isLessThanOrEqualTo(connections);
	}

	@Test
	void aNodeStoppingReleasesItsClaimsAtOnce() throws Exception {
		String suffix = TestData.suffix();
		String url = database("stop_" + suffix);
		JdbcClient db = JdbcClient.create(TestDatabase.server().getDatabase("postgres", "stop_" + suffix));
		String domain = "stop-" + suffix + ".example.com";
		queue(url, domain);

		try (ConfigurableApplicationContext stopping = start(url, "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + TestSmtp.server().getSmtp().getPort(), "--clientele.mail.poll-interval=1h")) {
			Awaitility.await("the node delivering").atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(10))
					.until(() -> TestSmtp.server().getReceivedMessagesForDomain(domain).length >= 20);
		}
		long sent = sent(db);
		assertThat(sent).as("stopped mid-delivery").isLessThan(EMAILS);
		assertThat(db.sql("SELECT count(*) FROM outbox_email WHERE status = 'SENDING'").query(Long.class).single())
				.as("claims left held").isZero();
		assertThat(db.sql("SELECT count(*) FROM outbox_email WHERE status = 'QUEUED' AND next_attempt_at <= now()")
				.query(Long.class).single()).as("due again at once").isEqualTo(EMAILS - sent);
		assertThat(TestSmtp.server().getReceivedMessagesForDomain(domain)).as("each email sent is marked SENT")
				.hasSize((int) sent);
	}

	/** A database of its own, for nodes that are started and stopped. */
	static String database(String name) throws Exception {
		try (Connection c = TestDatabase.server().getPostgresDatabase().getConnection();
				Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE " + name);
		}
		return TestDatabase.server().getJdbcUrl("postgres", name);
	}

	/** Queues {@link #EMAILS} emails to {@code domain} with a node that sends nothing. */
	static void queue(String url, String domain) {
		queue(url, domain, EMAILS);
	}

	static void queue(String url, String domain, int emails) {
		try (ConfigurableApplicationContext queuing = start(url, "--clientele.test.no-smtp=true")) {
			MailOutbox mail = queuing.getBean(MailOutbox.class);
			new TransactionTemplate(queuing.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
				for (int i = 0; i < emails; i++) {
					mail.queue(OutgoingEmail.of(TemplateKey.NOTIFICATION_TASK, null, "p" + i + "@" + domain,
							"Person " + i, Map.of("documentTitle", "Task " + i)));
				}
			});
		}
	}

	private static long sent(JdbcClient db) {
		return db.sql("SELECT count(*) FROM outbox_email WHERE status = 'SENT'").query(Long.class).single();
	}

	private static List<String> common(String url) {
		return List.of("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.hikari.maximum-pool-size=5", "--clientele.public-url=https://clientele.test",
				"--clientele.admin-email=" + TestUsers.ADMIN_EMAIL, "--clientele.admin-password=" + TestUsers.ADMIN_PASSWORD,
				"--spring.main.banner-mode=off");
	}

	static ConfigurableApplicationContext start(String url, String... more) {
		List<String> args = new ArrayList<>(common(url));
		args.addAll(Arrays.asList(more));
		return new SpringApplication(ClienteleApplication.class).run(args.toArray(String[]::new));
	}

	/** A Clientele node in a JVM of its own, with the default delivery settings (lease, batch, connections). */
	private static Process startNode(String url, File log) throws Exception {
		String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
		List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
				"-XX:TieredStopAtLevel=1", ClienteleApplication.class.getName()));
		command.addAll(common(url));
		command.addAll(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestSmtp.server().getSmtp().getPort(),
				"--logging.level.root=WARN"));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
	}
}
