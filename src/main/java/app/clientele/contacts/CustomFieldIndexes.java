package app.clientele.contacts;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import app.clientele.fields.CustomField;
import app.clientele.fields.CustomFieldChanged;
import app.clientele.fields.CustomFieldDefined;
import app.clientele.fields.CustomFieldDeleted;
import app.clientele.fields.CustomFieldEntity;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An expression index per contact date, number, money, select and checkbox field, so that a
 * filter reads an index at a million contacts instead of every row: ISO dates compare as text in
 * date order; numbers and amounts are cast to numeric (every stored value is a number: the fields
 * module checks each write); an option or a checkbox is its text. Just as much, the index gives
 * PostgreSQL statistics of the expression (the table is analysed once the index is built): without
 * them it guesses how many contacts an option or a range takes and walks the name order for a
 * rare combination. Free text, emails, URLs and phones are answered by the GIN index of
 * {@code custom_fields}. Built {@code CONCURRENTLY} after the definition commits (writes go on
 * meanwhile), dropped with the field or when its type changes.
 */
@Component
class CustomFieldIndexes {

	private static final Logger log = LoggerFactory.getLogger(CustomFieldIndexes.class);

	/** The advisory lock that takes index work on contact one at a time, whichever node does it. */
	private static final long LOCK = 0x637573746f6d4cL;

	private final JdbcTemplate jdbc;

	CustomFieldIndexes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The expression a filter compares (the index's own expression), null for a type without one. */
	static @Nullable String expression(String alias, CustomField field) {
		String prefix = alias.isEmpty() ? "" : alias + ".";
		return switch (field.type()) {
			case DATE -> "(" + prefix + "custom_fields ->> '" + field.key() + "')";
			case NUMBER -> "((" + prefix + "custom_fields ->> '" + field.key() + "')::numeric)";
			case MONEY -> "((" + prefix + "custom_fields -> '" + field.key() + "' ->> 'amount')::numeric)";
			case SELECT, CHECKBOX -> "(" + prefix + "custom_fields ->> '" + field.key() + "')";
			default -> null;
		};
	}

	static String name(String key) {
		String hash = HexFormat.of().formatHex(sha(key)).substring(0, 8);
		return "contact_cf_" + (key.length() > 40 ? key.substring(0, 40) : key) + "_" + hash;
	}

	@Async
	@TransactionalEventListener
	void on(CustomFieldDefined event) {
		create(event.field());
	}

	@Async
	@TransactionalEventListener
	void on(CustomFieldChanged event) {
		if (event.before().type() != event.field().type()) {
			drop(event.field());
			create(event.field());
		}
	}

	@Async
	@TransactionalEventListener
	void on(CustomFieldDeleted event) {
		drop(event.field());
	}

	/**
	 * Builds the field's index, then analyses the contacts (the statistics of its expression). A
	 * build that failed before leaves an invalid index under the name: it is dropped first.
	 */
	private void create(CustomField field) {
		String expression = field.entity() == CustomFieldEntity.CONTACT ? expression("", field) : null;
		if (expression != null && field.key().matches("[a-z][a-z0-9_]*")) {
			String name = name(field.key());
			run("DROP INDEX CONCURRENTLY IF EXISTS " + name, name,
					"CREATE INDEX CONCURRENTLY IF NOT EXISTS " + name + " ON contact (" + expression + ")", "ANALYZE contact");
		}
	}

	private void drop(CustomField field) {
		if (field.entity() == CustomFieldEntity.CONTACT && expression("", field) != null
				&& field.key().matches("[a-z][a-z0-9_]*")) {
			run(null, null, "DROP INDEX CONCURRENTLY IF EXISTS " + name(field.key()));
		}
	}

	/**
	 * Runs the statements on one connection holding {@link #LOCK}: two index builds on one table
	 * at once (or a build and an ANALYZE) wait for each other until PostgreSQL calls it a deadlock.
	 * {@code dropIfInvalid} runs first when an index {@code index} exists and is not valid.
	 */
	private void run(@Nullable String dropIfInvalid, @Nullable String index, String... statements) {
		try {
			jdbc.execute((ConnectionCallback<Void>) connection -> {
				try (Statement s = connection.createStatement()) {
					s.execute("SELECT pg_advisory_lock(" + LOCK + ")");
					// a build waits for every older transaction to end; one left open must not hold the queue forever
					s.execute("SET lock_timeout = '2min'");
					try {
						if (dropIfInvalid != null && invalid(s, index)) {
							s.execute(dropIfInvalid);
						}
						for (String statement : statements) {
							s.execute(statement);
						}
					}
					finally {
						s.execute("RESET lock_timeout");
						s.execute("SELECT pg_advisory_unlock(" + LOCK + ")");
					}
				}
				return null;
			});
		}
		catch (RuntimeException e) {
			// the filter still answers without the index, only slower; say so rather than fail the definition
			log.warn("Could not build or drop a custom field's index: {}", e.getMessage());
		}
	}

	private static boolean invalid(Statement s, @Nullable String index) throws SQLException {
		try (ResultSet rs = s.executeQuery("SELECT NOT x.indisvalid FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
				+ " WHERE i.relname = '" + index + "'")) {
			return rs.next() && rs.getBoolean(1);
		}
	}

	private static byte[] sha(String key) {
		try {
			return java.security.MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
