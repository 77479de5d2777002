package app.clientele.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The trail itself: the hash chain and its check, append-only in the database, one line with many appenders. */
@IntegrationTest
class AuditTrailIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditTrail trail;

	Api anonymous;
	Api admin;

	@BeforeEach
	void signIn() {
		anonymous = new Api(port);
		admin = anonymous.as(TestUsers.adminToken(anonymous));
	}

	@Test
	void chainsEachEntryToTheOneBeforeByHash() {
		admin.get("/api/v1/staff");
		TestUsers.adminToken(anonymous);
		TestUsers.adminToken(anonymous);
		List<Map<String, Object>> rows = jdbc.sql("""
				SELECT seq, encode(prev_hash, 'hex') AS prev, encode(hash, 'hex') AS hash,
				       encode(sha256(prev_hash || convert_to(audit_entry_canonical(e), 'UTF8')), 'hex') AS expected
				FROM audit_entry e ORDER BY seq""").query().listOfRows();
		assertThat(rows.size()).isGreaterThanOrEqualTo(2);
		assertThat(rows.getFirst().get("seq")).isEqualTo(1L);
		assertThat(rows.getFirst().get("prev")).isEqualTo("0".repeat(64));
		for (int i = 1; i < rows.size(); i++) {
			assertThat(rows.get(i).get("seq")).isEqualTo(i + 1L);
			assertThat(rows.get(i).get("prev")).isEqualTo(rows.get(i - 1).get("hash"));
		}
		rows.forEach(r -> assertThat(r.get("hash")).isEqualTo(r.get("expected")));
		JsonNode check = admin.get("/api/v1/audit/verify").json();
		assertThat(check.get("intact").asBoolean()).isTrue();
		assertThat(check.get("firstBroken").isNull()).isTrue();
		assertThat(check.get("entries").asLong()).isGreaterThanOrEqualTo(rows.size());
	}

	/**
	 * Appenders take turns at the head row, whichever node or connection they come from: one line,
	 * no gaps. Each append here stays open a moment after its insert, as an action's transaction
	 * does, so that the next appender comes while the head is taken.
	 */
	@Test
	void keepsOneGapFreeChainWhenManyAppendAtOnce() throws InterruptedException {
		long before = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
		List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
		List<Thread> appenders = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			appenders.add(Thread.ofVirtual().start(() -> {
				try {
					transactions.executeWithoutResult(status -> {
						trail.record(app.clientele.platform.Actor.SYSTEM, AuditAction.SETTINGS_CHANGED, null, Map.of());
						sleep(50);
					});
				}
				catch (RuntimeException e) {
					failures.add(e);
				}
			}));
		}
		for (Thread appender : appenders) {
			appender.join();
		}
		assertThat(failures).as("no appender fails for another's turn").isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single()).isEqualTo(before + 8);
		assertThat(jdbc.sql("SELECT max(seq) = count(*) AND count(DISTINCT prev_hash) = count(*) FROM audit_entry")
				.query(Boolean.class).single()).isTrue();
		assertThat(admin.get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void verifyNamesTheFirstEntryChangedInTheDatabase() {
		TestUsers.adminToken(anonymous);
		TestUsers.adminToken(anonymous);
		long victim = jdbc.sql("SELECT max(seq) - 1 FROM audit_entry").query(Long.class).single();
		String original = jdbc.sql("SELECT actor_name FROM audit_entry WHERE seq = :seq").param("seq", victim)
				.query(String.class).single();
		try {
			behindTheAppsBack("UPDATE audit_entry SET actor_name = 'Mallory' WHERE seq = " + victim);
			JsonNode check = admin.get("/api/v1/audit/verify").json();
			assertThat(check.get("intact").asBoolean()).isFalse();
			assertThat(check.get("firstBroken").asLong()).isEqualTo(victim);
		}
		finally {
			behindTheAppsBack("UPDATE audit_entry SET actor_name = '" + original.replace("'", "''") + "' WHERE seq = "
					+ victim);
		}
		assertThat(admin.get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
	}

	@Test
	void verifyNamesTheEntryRemovedFromTheEnd() {
		TestUsers.adminToken(anonymous);
		long last = jdbc.sql("SELECT max(seq) FROM audit_entry").query(Long.class).single();
		transactions.executeWithoutResult(status -> {
			jdbc.sql("CREATE TABLE audit_entry_removed AS SELECT * FROM audit_entry WHERE seq = " + last).update();
			jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update();
			jdbc.sql("DELETE FROM audit_entry WHERE seq = " + last).update();
			jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").update();
		});
		try {
			JsonNode check = admin.get("/api/v1/audit/verify").json();
			assertThat(check.get("intact").asBoolean()).isFalse();
			assertThat(check.get("firstBroken").asLong()).isEqualTo(last);
		}
		finally {
			transactions.executeWithoutResult(status -> {
				jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_chain").update();
				jdbc.sql("INSERT INTO audit_entry SELECT * FROM audit_entry_removed").update();
				jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_chain").update();
				jdbc.sql("DROP TABLE audit_entry_removed").update();
			});
		}
		assertThat(admin.get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
	}

	/** What someone with the database's owner rights could do: switch the guard off, change, switch it on. */
	private void behindTheAppsBack(String sql) {
		transactions.executeWithoutResult(status -> {
			jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only").update();
			jdbc.sql(sql).update();
			jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only").update();
		});
	}

	@Test
	void theDatabaseRefusesToUpdateOrDeleteAnEntry() {
		TestUsers.adminToken(anonymous);
		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor_name = 'Mallory'").update()).rootCause()
				.hasMessageContaining("audit_entry is append-only: UPDATE refused");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update()).rootCause()
				.hasMessageContaining("audit_entry is append-only: DELETE refused");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update()).rootCause()
				.hasMessageContaining("audit_entry is append-only: TRUNCATE refused");
		assertThat(admin.get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
	}

	@Test
	void anActionThatRollsBackLeavesNoEntry() {
		long before = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
		transactions.executeWithoutResult(status -> {
			trail.record(app.clientele.platform.Actor.SYSTEM, AuditAction.SETTINGS_CHANGED, null, Map.of());
			status.setRollbackOnly();
		});
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single()).isEqualTo(before);
		assertThat(admin.get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
	}
}
