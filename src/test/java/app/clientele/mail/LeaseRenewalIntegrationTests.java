package app.clientele.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import app.clientele.TestData;
import app.clientele.TestDatabase;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A claim's lease is short, so the node that holds it renews it while it works: a send that
 * takes several leases long (an SMTP server that never answers) keeps its claim, and no other
 * delivery loop of the node, nor another node, takes the email meanwhile.
 */
class LeaseRenewalIntegrationTests {

	@Test
	void aSlowSendKeepsItsClaimByRenewingTheLease() throws Exception {
		String name = "lease_" + TestData.suffix();
		String url = CrashMidDeliveryIntegrationTests.database(name);
		JdbcClient db = JdbcClient.create(TestDatabase.server().getDatabase("postgres", name));
		CrashMidDeliveryIntegrationTests.queue(url, "lease-" + name.replace('_', '-') + ".example.com", 3);

		// Connections land in the backlog and are never answered: the greeting is awaited 8 s.
		try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
				ConfigurableApplicationContext node = CrashMidDeliveryIntegrationTests.start(url,
						"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + silent.getLocalPort(),
						"--spring.mail.properties.mail.smtp.timeout=8000", "--clientele.mail.lease=1500ms",
						"--clientele.mail.connections=2", "--clientele.mail.poll-interval=200ms")) {
			Awaitility.await("the claim").atMost(Duration.ofSeconds(30)).until(() -> claims(db).size() == 3);
			Thread.sleep(Duration.ofSeconds(5));
			List<Map<String, Object>> claims = claims(db);
			assertThat(claims).as("still claimed, three leases later").hasSize(3);
			assertThat(claims).as("by the one attempt that claimed them, its lease renewed")
					.allSatisfy(row -> assertThat(row).containsEntry("attempts", 1).containsEntry("due", false));
		}
	}

	private static List<Map<String, Object>> claims(JdbcClient db) {
		return db.sql("SELECT attempts, next_attempt_at <= now() AS due FROM outbox_email WHERE status = 'SENDING'")
				.query().listOfRows();
	}
}
