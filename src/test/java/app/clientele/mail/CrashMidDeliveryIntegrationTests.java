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
 * No email is lost when a node dies at any moment: a node (its own JVM) delivers a full outbox
 * and is killed (SIGKILL) mid-delivery; a new node finishes the work. Every email arrives, and
 * an email the dead node sent but could not mark arrives again only with its one Message-ID.
 */
class CrashMidDeliveryIntegrationTests {

	static final int EMAILS = 1000;

	private static final Logger log = LoggerFactory.getLogger(CrashMidDeliveryIntegrationTests.class);

	@Test
	void crashMidDeliveryLosesNothing() throws Exception {
		String suffix = TestData.suffix();
		String database = "crash_" + suffix;
		try (Connection c = TestDatabase.server().getPostgresDatabase().getConnection();
				Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE " + database);
		}
		String url = TestDatabase.server().getJdbcUrl("postgres", database);
		JdbcClient db = JdbcClient.create(TestDatabase.server().getDatabase("postgres", database));
		String domain = "crash-" + suffix + ".example.com";

		try (ConfigurableApplicationContext queuing = start(url, "--clientele.test.no-smtp=true")) {
			MailOutbox mail = queuing.getBean(MailOutbox.class);
			new TransactionTemplate(queuing.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
				for (int i = 0; i < EMAILS; i++) {
					mail.queue(OutgoingEmail.of(TemplateKey.NOTIFICATION_TASK, null, "p" + i + "@" + domain,
							"Person " + i, Map.of("documentTitle", "Task " + i)));
				}
			});
		}

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
		long sentBeforeCrash = sent(db);
		long claimedAtCrash = db.sql("SELECT count(*) FROM outbox_email WHERE status = 'SENDING'").query(Long.class)
				.single();
		int receivedBeforeCrash = TestSmtp.server().getReceivedMessagesForDomain(domain).length;
		assertThat(sentBeforeCrash).as("the node died mid-delivery").isLessThan(EMAILS);

		try (ConfigurableApplicationContext finishing = start(url, "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + TestSmtp.server().getSmtp().getPort())) {
			Awaitility.await("the new node finishing").atMost(Duration.ofMinutes(2)).until(() -> sent(db) == EMAILS);
		}

		Map<String, String> messageIds = new HashMap<>();
		db.sql("SELECT to_address, message_id FROM outbox_email").query((rs, n) -> messageIds
				.put(rs.getString("to_address"), rs.getString("message_id"))).list();
		Map<String, Set<String>> received = new HashMap<>();
		for (MimeMessage m : TestSmtp.server().getReceivedMessagesForDomain(domain)) {
			ReceivedEmail email = ReceivedEmail.of(m);
			received.computeIfAbsent(email.to().getAddress(), a -> new HashSet<>()).add(email.messageId());
		}
		assertThat(received.keySet()).as("every email arrived").isEqualTo(messageIds.keySet());
		received.forEach((address, ids) -> assertThat(ids).as("Message-IDs received by %s", address)
				.containsExactly(messageIds.get(address)));
		log.info("Killed the node with {} of {} emails marked SENT, {} claimed (SENDING) and {} received; "
				+ "the new node finished; {} messages received in all", sentBeforeCrash, EMAILS, claimedAtCrash,
				receivedBeforeCrash, TestSmtp.server().getReceivedMessagesForDomain(domain).length);
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

	private static ConfigurableApplicationContext start(String url, String... more) {
		List<String> args = new ArrayList<>(common(url));
		args.addAll(Arrays.asList(more));
		return new SpringApplication(ClienteleApplication.class).run(args.toArray(String[]::new));
	}

	/** A Clientele node in a JVM of its own, delivering slowly (one connection, small batches) so that it can be caught at it. */
	private static Process startNode(String url, File log) throws Exception {
		String java = ProcessHandle.current().info().command().orElse(System.getProperty("java.home") + "/bin/java");
		List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
				"-XX:TieredStopAtLevel=1", ClienteleApplication.class.getName()));
		command.addAll(common(url));
		command.addAll(List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + TestSmtp.server().getSmtp().getPort(),
				"--clientele.mail.batch-size=5", "--clientele.mail.connections=1", "--clientele.mail.lease=3s",
				"--logging.level.root=WARN"));
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
	}
}
