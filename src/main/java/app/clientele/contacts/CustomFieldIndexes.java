package app.clientele.contacts;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import app.clientele.fields.CustomField;
import app.clientele.fields.CustomFieldChanged;
import app.clientele.fields.CustomFieldDefined;
import app.clientele.fields.CustomFieldDeleted;
import app.clientele.fields.CustomFieldEntity;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An expression index per contact date, number and money field, so that a range filter
 * ({@code cf.<key>.from}/{@code .to}) reads an index at a million contacts instead of every row:
 * ISO dates compare as text in date order; numbers and amounts are cast to numeric (every stored
 * value is a number: the fields module checks each write). Equality filters need none: the GIN
 * index of {@code custom_fields} answers them. Built {@code CONCURRENTLY} after the definition
 * commits (writes go on meanwhile), dropped with the field or when its type changes.
 */
@Component
class CustomFieldIndexes {

	private static final Logger log = LoggerFactory.getLogger(CustomFieldIndexes.class);

	private final JdbcClient jdbc;

	CustomFieldIndexes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The expression a range filter compares (the index's own expression), null for a type without ranges. */
	static @Nullable String expression(String alias, CustomField field) {
		String prefix = alias.isEmpty() ? "" : alias + ".";
		return switch (field.type()) {
			case DATE -> "(" + prefix + "custom_fields ->> '" + field.key() + "')";
			case NUMBER -> "((" + prefix + "custom_fields ->> '" + field.key() + "')::numeric)";
			case MONEY -> "((" + prefix + "custom_fields -> '" + field.key() + "' ->> 'amount')::numeric)";
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

	private void create(CustomField field) {
		String expression = field.entity() == CustomFieldEntity.CONTACT ? expression("", field) : null;
		if (expression != null && field.key().matches("[a-z][a-z0-9_]*")) {
			run("CREATE INDEX CONCURRENTLY IF NOT EXISTS " + name(field.key()) + " ON contact (" + expression + ")");
		}
	}

	private void drop(CustomField field) {
		if (field.entity() == CustomFieldEntity.CONTACT && field.type().ranged() && field.key().matches("[a-z][a-z0-9_]*")) {
			run("DROP INDEX CONCURRENTLY IF EXISTS " + name(field.key()));
		}
	}

	private void run(String statement) {
		try {
			jdbc.sql(statement).update();
		}
		catch (RuntimeException e) {
			// the filter still answers without the index, only slower; say so rather than fail the definition
			log.warn("Could not run {}: {}", statement, e.getMessage());
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
