package app.clientele.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import app.clientele.ClienteleApplication;
import app.clientele.TestData;
import app.clientele.TestDatabase;
import app.clientele.TestSmtp;
import app.clientele.TestUsers;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How fast one node empties an outbox of 10,000 emails into a local GreenMail: queued in one
 * transaction, timed from its commit until the last is marked SENT. Not a test of the normal
 * run (its name matches neither test pattern); {@code bench/mail-throughput.sh} runs it.
 * {@code -Dbench.emails}, {@code -Dbench.batch} and {@code -Dbench.connections} vary it.
 */
class OutboxDeliveryBenchmark {

	@Test
	void deliversAnOutboxOfTenThousand() throws Exception {
		int emails = Integer.getInteger("bench.emails", 10_000);
		String batch = System.getProperty("bench.batch", "50");
		String connections = System.getProperty("bench.connections", "4");
		String database = "bench_" + TestData.suffix();
		try (Connection c = TestDatabase.server().getPostgresDatabase().getConnection();
				Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE " + database);
		}
		JdbcClient db = JdbcClient.create(TestDatabase.server().getDatabase("postgres", database));
		GreenMail smtp = TestSmtp.start(ServerSetup.SMTP.dynamicPort());
		try (ConfigurableApplicationContext app = new SpringApplication(ClienteleApplication.class).run(
				"--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--spring.datasource.url=" + TestDatabase.server().getJdbcUrl("postgres", database),
				"--spring.datasource.username=postgres", "--clientele.public-url=https://clientele.test",
				"--clientele.admin-email=" + TestUsers.ADMIN_EMAIL, "--clientele.admin-password=" + TestUsers.ADMIN_PASSWORD,
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
				"--clientele.mail.batch-size=" + batch, "--clientele.mail.connections=" + connections)) {
			MailOutbox mail = app.getBean(MailOutbox.class);
			long queueing = System.nanoTime();
			new TransactionTemplate(app.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
				for (int i = 0; i < emails; i++) {
					mail.queue(OutgoingEmail.of(TemplateKey.NOTIFICATION_INVOICE, null, "reader" + i + "@bench.example.com",
							"Reader " + i, Map.of("contactFirstName", "Reader", "accountName", "Bench Ltd", "documentNumber",
									"INV-" + i, "documentTitle", "Services", "amount", "120.00", "currency", "EUR",
									"dueDate", "2026-12-31")));
				}
			});
			long committed = System.nanoTime();
			Awaitility.await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(20)).until(
					() -> db.sql("SELECT count(*) FROM outbox_email WHERE status = 'SENT'").query(Long.class).single() == emails);
			long done = System.nanoTime();
			assertThat(smtp.getReceivedMessages()).hasSize(emails);

			double queueSeconds = (committed - queueing) / 1e9;
			double sendSeconds = (done - committed) / 1e9;
			System.out.printf("%nOUTBOX BENCHMARK: queued %d emails in %.1f s (%.0f/s, one transaction); "
					+ "delivered them to a local GreenMail in %.1f s: %.0f emails/s (batch %s, %s SMTP connections, %d cores)%n%n",
					emails, queueSeconds, emails / queueSeconds, sendSeconds, emails / sendSeconds, batch, connections,
					Runtime.getRuntime().availableProcessors());
		}
		finally {
			smtp.stop();
		}
	}
}
