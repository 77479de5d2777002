package app.clientele.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** The trail itself: the hash chain and its check, append-only in the database, reading it, who may. */
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

	@Test
	void listsNewestFirstPageByPageWithFilters() {
		for (int i = 0; i < 3; i++) {
			TestUsers.adminToken(anonymous);
		}
		JsonNode first = admin.get("/api/v1/audit?action=STAFF_SIGNED_IN&limit=2").json();
		List<Long> seqs = new ArrayList<>();
		first.get("items").forEach(e -> seqs.add(e.get("seq").asLong()));
		JsonNode second = admin.get("/api/v1/audit?action=STAFF_SIGNED_IN&limit=2&after=" + first.get("next").asString())
				.json();
		second.get("items").forEach(e -> seqs.add(e.get("seq").asLong()));
		assertThat(seqs).hasSize(4).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();
		JsonNode item = first.get("items").get(0);
		assertThat(item.get("action").asString()).isEqualTo("STAFF_SIGNED_IN");
		assertThat(item.get("actor").asString()).isEqualTo("Administrator (staff)");
		assertThat(item.get("ip").asString()).isEqualTo("127.0.0.1");
		for (String field : List.of("at", "actor", "action", "target", "ip", "details")) {
			assertThat(item.has(field)).as(field).isTrue();
		}
		String adminId = item.get("actorId").asString();
		assertThat(admin.get("/api/v1/audit?actor=" + adminId).json().get("items").valueStream()
				.allMatch(e -> e.get("actorId").asString().equals(adminId))).isTrue();
		assertThat(admin.get("/api/v1/audit?actor=admin&action=STAFF_SIGNED_IN&from=2000-01-01&to=2999-12-31").json()
				.get("items").size()).isGreaterThan(0);
		assertThat(admin.get("/api/v1/audit?from=2999-01-01").json().get("items").size()).isZero();
	}

	@Test
	void refusesABadCursorOrTimeOrActionNamingIt() {
		assertRefused(admin.get("/api/v1/audit?after=not-a-cursor"), "after");
		assertRefused(admin.get("/api/v1/audit?after=" + app.clientele.platform.Cursor.of("x").encode()), "after");
		assertRefused(admin.get("/api/v1/audit?from=yesterday"), "from");
		assertRefused(admin.get("/api/v1/audit?to=2026-13-01"), "to");
		assertRefused(admin.get("/api/v1/audit?action=DROPPED_TABLES"), "action");
		assertRefused(admin.get("/api/v1/audit/export.csv?from=soon"), "from");
	}

	private static void assertRefused(Api.Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.text()).contains("\"" + field + "\"");
	}

	@Test
	void exportsTheFilteredTrailAsCsv() {
		TestUsers.adminToken(anonymous);
		Api.Response csv = admin.get("/api/v1/audit/export.csv?action=STAFF_SIGNED_IN");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).startsWith("text/csv");
		String text = csv.text();
		assertThat(text).startsWith("\uFEFFseq,at,actor,actorKind,actorId,action,");
		assertThat(text.lines().skip(1)).isNotEmpty().allMatch(line -> line.contains(",STAFF_SIGNED_IN,"));
	}

	@Test
	void onlyAdminsReadTheTrail() {
		for (Role role : List.of(Role.MANAGER, Role.SALES, Role.MARKETEER)) {
			Api other = anonymous.as(TestUsers.token(anonymous, role));
			assertThat(other.get("/api/v1/audit").status()).as(role.name()).isEqualTo(403);
			assertThat(other.get("/api/v1/audit/verify").status()).as(role.name()).isEqualTo(403);
			assertThat(other.get("/api/v1/audit/export.csv").status()).as(role.name()).isEqualTo(403);
		}
		assertThat(anonymous.get("/api/v1/audit").status()).isEqualTo(401);
		Console manager = Console.signIn(port, "manager@staff.example.com", TestUsers.PASSWORD);
		assertThat(manager.get("/audit").statusCode()).isEqualTo(403);
		assertThat(admin.get("/api/v1/audit").status()).isEqualTo(200);
	}
}
