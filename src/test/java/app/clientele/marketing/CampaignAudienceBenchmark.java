package app.clientele.marketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import app.clientele.ClienteleApplication;
import app.clientele.TestData;
import app.clientele.TestDatabase;
import app.clientele.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long resolving and queueing the audience of a large list takes: a list of 100,000 members
 * (opted in, valid emails, over 1,000 accounts), its audience resolved, then a campaign to it
 * queued into the outbox by the dispatcher. Not a timed test: it prints the figures. Run with
 * bench/campaign-audience.sh; the normal test run leaves it out. No SMTP server: the emails stay
 * queued, so only resolving and queueing are measured.
 */
class CampaignAudienceBenchmark {

	@Test
	void resolvesAndQueuesALargeAudience() throws Exception {
		int members = Integer.getInteger("bench.members", 100_000);
		String database = "bench_" + TestData.suffix();
		try (Connection c = TestDatabase.server().getPostgresDatabase().getConnection();
				Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE " + database);
		}
		try (ConfigurableApplicationContext app = new SpringApplication(ClienteleApplication.class).run(
				"--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--spring.datasource.url=" + TestDatabase.server().getJdbcUrl("postgres", database),
				"--spring.datasource.username=postgres", "--clientele.public-url=https://clientele.test",
				"--clientele.admin-email=" + TestUsers.ADMIN_EMAIL, "--clientele.admin-password=" + TestUsers.ADMIN_PASSWORD,
				"--spring.mail.host=", "--clientele.marketing.tick=1h",
				"--clientele.marketing.batch-size=" + Integer.getInteger("bench.batch", 500))) {
			JdbcClient db = app.getBean(JdbcClient.class);
			UUID list = load(app, db, members);
			MarketingLists lists = app.getBean(MarketingLists.class);
			Campaigns campaigns = app.getBean(Campaigns.class);
			CampaignDispatcher dispatcher = app.getBean(CampaignDispatcher.class);

			long resolving = System.nanoTime();
			Audience audience = lists.audience(list);
			long resolvedMs = (System.nanoTime() - resolving) / 1_000_000;
			assertThat(audience.eligible()).hasSize(members);

			UUID campaign = campaigns.create("Bench", list, "Hello {{contactFirstName}}", "News for {{accountName}}").id();
			campaigns.send(campaign);
			long queueing = System.nanoTime();
			int queued = dispatcher.dispatchAll(campaign);
			long queuedMs = (System.nanoTime() - queueing) / 1_000_000;
			assertThat(queued).isEqualTo(members);
			long outbox = db.sql("SELECT count(*) FROM outbox_email WHERE campaign_id = :c").param("c", campaign)
					.query(Long.class).single();
			assertThat(outbox).isEqualTo(members);
			System.out.printf("CAMPAIGN BENCHMARK: members=%d audience_ms=%d queue_ms=%d queued_per_s=%.0f%n", members,
					resolvedMs, queuedMs, members * 1000.0 / queuedMs);
		}
	}

	/** 1,000 accounts with their members, loaded in bulk (triggers off: the first contact of each is primary). */
	private static UUID load(ConfigurableApplicationContext app, JdbcClient db, int members) {
		UUID list = app.getBean(MarketingLists.class).create("Bench list " + TestData.suffix()).id();
		org.springframework.transaction.support.TransactionTemplate tx = app
				.getBean(org.springframework.transaction.support.TransactionTemplate.class);
		tx.executeWithoutResult(status -> {
			db.sql("SET LOCAL session_replication_role = replica").update();
			db.sql("""
					INSERT INTO account (id, name, status)
					SELECT gen_random_uuid(), 'Bench account ' || a, 'ACTIVE' FROM generate_series(1, 1000) a
					""").update();
			db.sql("""
					INSERT INTO contact (id, account_id, first_name, last_name, email, marketing_opt_in, is_primary)
					SELECT gen_random_uuid(), a.id, 'Reader', 'Number ' || n, 'reader' || n || '@bench.example.com', true,
					       n % (:members / 1000) = 0
					FROM generate_series(0, :members - 1) n
					JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i FROM account) a
					  ON a.i = n / (:members / 1000)
					""").param("members", members).update();
			db.sql("""
					INSERT INTO marketing_list_member (list_id, contact_id, added_by)
					SELECT :list, id, 'bench' FROM contact WHERE email LIKE '%@bench.example.com'
					""").param("list", list).update();
		});
		db.sql("ANALYZE").update();
		return list;
	}
}
