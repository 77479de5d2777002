package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.function.Consumer;

import app.clientele.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one-primary rule holds in the database itself, whatever writes to it: plain SQL in one
 * transaction, past the application, can neither leave an account with two active primaries (a
 * partial unique index, refused at once) nor with active contacts and no primary (a deferred
 * constraint trigger, refused at commit, so a transaction may still move the flag in steps).
 */
@IntegrationTest
class OnePrimaryInTheDatabaseIntegrationTests {

	private static final String NO_PRIMARY = "must have exactly one active primary contact";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void refusesASecondActivePrimary() {
		UUID account = account();
		assertThatThrownBy(() -> inOneTransaction(sql -> {
			insertContact(sql, account, true);
			insertContact(sql, account, true);
		})).isInstanceOf(DataAccessException.class).hasStackTraceContaining("contact_one_primary");
		assertThat(contactsOf(account)).isZero();
	}

	@Test
	void refusesASecondPrimaryMovedIn() {
		UUID target = account();
		UUID other = account();
		committed(sql -> insertContact(sql, target, true));
		UUID mover = committed(sql -> insertContact(sql, other, true));
		assertThatThrownBy(() -> inOneTransaction(sql -> sql.sql("UPDATE contact SET account_id = :a WHERE id = :c")
				.param("a", target).param("c", mover).update())).hasStackTraceContaining("contact_one_primary");
	}

	@Test
	void refusesActiveContactsWithoutAPrimary() {
		UUID account = account();
		assertThatThrownBy(() -> inOneTransaction(sql -> insertContact(sql, account, false)))
				.isInstanceOf(DataAccessException.class).hasStackTraceContaining(NO_PRIMARY);
		assertThat(contactsOf(account)).isZero();
	}

	@Test
	void refusesTakingThePrimaryFlagAway() {
		UUID account = account();
		UUID primary = committed(sql -> insertContact(sql, account, true));
		committed(sql -> insertContact(sql, account, false));
		assertThatThrownBy(() -> inOneTransaction(sql -> sql.sql("UPDATE contact SET is_primary = false WHERE id = :c")
				.param("c", primary).update())).hasStackTraceContaining(NO_PRIMARY);
	}

	@Test
	void refusesArchivingThePrimaryWithoutAnother() {
		UUID account = account();
		UUID primary = committed(sql -> insertContact(sql, account, true));
		committed(sql -> insertContact(sql, account, false));
		assertThatThrownBy(() -> inOneTransaction(sql -> sql.sql(
				"UPDATE contact SET is_primary = false, archived_at = now() WHERE id = :c").param("c", primary).update()))
				.hasStackTraceContaining(NO_PRIMARY);
	}

	@Test
	void refusesDeletingOrMovingAwayThePrimaryWithoutAnother() {
		UUID account = account();
		UUID elsewhere = account();
		UUID primary = committed(sql -> insertContact(sql, account, true));
		committed(sql -> insertContact(sql, account, false));
		assertThatThrownBy(() -> inOneTransaction(sql -> sql.sql("DELETE FROM contact WHERE id = :c").param("c", primary)
				.update())).hasStackTraceContaining(NO_PRIMARY);
		assertThatThrownBy(() -> inOneTransaction(sql -> sql.sql("UPDATE contact SET account_id = :a WHERE id = :c")
				.param("a", elsewhere).param("c", primary).update())).hasStackTraceContaining(NO_PRIMARY);
		assertThat(contactsOf(account)).isEqualTo(2);
	}

	@Test
	void allowsMovingTheFlagInStepsWithinOneTransaction() {
		UUID account = account();
		UUID first = committed(sql -> insertContact(sql, account, true));
		UUID second = committed(sql -> insertContact(sql, account, false));
		inOneTransaction(sql -> {
			sql.sql("UPDATE contact SET is_primary = false, archived_at = now() WHERE id = :c").param("c", first).update();
			sql.sql("UPDATE contact SET is_primary = true WHERE id = :c").param("c", second).update();
		});
		assertThat(jdbc.sql("SELECT id FROM contact WHERE account_id = :a AND is_primary").param("a", account)
				.query(UUID.class).single()).isEqualTo(second);
		inOneTransaction(sql -> sql.sql("DELETE FROM contact WHERE account_id = :a").param("a", account).update());
		assertThat(contactsOf(account)).as("an account without active contacts needs no primary").isZero();
	}

	private UUID account() {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO account (id, name, status) VALUES (:id, :name, 'ACTIVE')").param("id", id)
				.param("name", "Plain SQL " + id).update();
		return id;
	}

	private static UUID insertContact(JdbcClient sql, UUID account, boolean primary) {
		UUID id = UUID.randomUUID();
		sql.sql("""
				INSERT INTO contact (id, account_id, first_name, last_name, is_primary)
				VALUES (:id, :account, 'Plain', :last, :primary)""")
				.param("id", id).param("account", account).param("last", "Sql " + id).param("primary", primary).update();
		return id;
	}

	private long contactsOf(UUID account) {
		return jdbc.sql("SELECT count(*) FROM contact WHERE account_id = :a").param("a", account).query(Long.class).single();
	}

	private void inOneTransaction(Consumer<JdbcClient> work) {
		transaction.executeWithoutResult(status -> work.accept(jdbc));
	}

	private UUID committed(java.util.function.Function<JdbcClient, UUID> work) {
		return transaction.execute(status -> work.apply(jdbc));
	}
}
