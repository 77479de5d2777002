package app.clientele.contacts;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import app.clientele.platform.Cursor;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read side of contacts: an account's contacts and search, in name order with keyset paging. */
@Component
class ContactSearch {

	private final JdbcClient jdbc;
	private final Contacts contacts;

	ContactSearch(JdbcClient jdbc, Contacts contacts) {
		this.jdbc = jdbc;
		this.contacts = contacts;
	}

	List<Contact> ofAccount(UUID accountId, boolean includeArchived, PageRequest page) {
		Cursor after = page.cursor(3);
		return contacts.withChildren(jdbc.sql("""
				SELECT %s FROM contact c
				WHERE c.account_id = :account AND (:archived OR c.archived_at IS NULL)
				  AND (CAST(:l AS text) IS NULL
				       OR (lower(c.last_name), lower(c.first_name), c.id) > (:l, :f, CAST(:id AS uuid)))
				ORDER BY lower(c.last_name), lower(c.first_name), c.id
				LIMIT :limit
				""".formatted(Contacts.COLUMNS))
				.param("account", accountId).param("archived", includeArchived)
				.param("l", after == null ? null : after.value(0)).param("f", after == null ? null : after.value(1))
				.param("id", after == null ? null : after.value(2)).param("limit", page.fetchSize())
				.query(Contacts::row).list());
	}

	/**
	 * Contacts whose name contains {@code q} (case and accents folded; every word of q must
	 * appear), whose email starts with it, whose phone is it (any format, matched as E.164), or
	 * whose account's name contains it. Each branch is served by its own index; the union is then
	 * put in name order.
	 */
	List<Contact> search(String q, boolean includeArchived, String phoneRegion, PageRequest page) {
		Cursor after = page.cursor(3);
		String term = q.strip();
		List<String> words = java.util.Arrays.stream(term.split("\\s+")).limit(5).toList();
		StringBuilder nameMatch = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			nameMatch.append(i == 0 ? "" : " AND ").append("fold(first_name || ' ' || last_name) LIKE '%' || fold(:w")
					.append(i).append(") || '%'");
		}
		String e164 = term.chars().filter(Character::isDigit).count() >= 5 ? ContactRules.e164(term, phoneRegion) : null;
		String phonePrefix = e164 == null && term.startsWith("+") && term.length() >= 4
				? "+" + term.replaceAll("\\D", "") : null;
		var sql = jdbc.sql("""
				WITH hits AS (
				    SELECT id FROM contact WHERE %s
				    UNION
				    SELECT id FROM contact WHERE lower(email) LIKE :emailPrefix
				    UNION
				    SELECT contact_id FROM contact_phone
				    WHERE e164 = :e164 OR e164 LIKE CAST(:phonePrefix AS text) || '%%'
				    UNION
				    SELECT c.id FROM contact c JOIN account a ON a.id = c.account_id
				    WHERE fold(a.name) LIKE '%%' || fold(:term) || '%%'
				)
				SELECT %s FROM contact c JOIN hits h ON h.id = c.id
				WHERE (:archived OR c.archived_at IS NULL)
				  AND (CAST(:l AS text) IS NULL
				       OR (lower(c.last_name), lower(c.first_name), c.id) > (:l, :f, CAST(:id AS uuid)))
				ORDER BY lower(c.last_name), lower(c.first_name), c.id
				LIMIT :limit
				""".formatted(nameMatch, Contacts.COLUMNS));
		for (int i = 0; i < words.size(); i++) {
			sql = sql.param("w" + i, escape(words.get(i)));
		}
		return contacts.withChildren(sql.param("term", escape(term))
				.param("emailPrefix", escape(term.toLowerCase(Locale.ROOT)) + "%")
				.param("e164", e164 == null ? "" : e164)
				.param("phonePrefix", phonePrefix)
				.param("archived", includeArchived)
				.param("l", after == null ? null : after.value(0)).param("f", after == null ? null : after.value(1))
				.param("id", after == null ? null : after.value(2)).param("limit", page.fetchSize())
				.query(Contacts::row).list());
	}

	List<Contact> all(boolean includeArchived, PageRequest page) {
		Cursor after = page.cursor(3);
		return contacts.withChildren(jdbc.sql("""
				SELECT %s FROM contact c
				WHERE (:archived OR c.archived_at IS NULL)
				  AND (CAST(:l AS text) IS NULL
				       OR (lower(c.last_name), lower(c.first_name), c.id) > (:l, :f, CAST(:id AS uuid)))
				ORDER BY lower(c.last_name), lower(c.first_name), c.id
				LIMIT :limit
				""".formatted(Contacts.COLUMNS))
				.param("archived", includeArchived)
				.param("l", after == null ? null : after.value(0)).param("f", after == null ? null : after.value(1))
				.param("id", after == null ? null : after.value(2)).param("limit", page.fetchSize())
				.query(Contacts::row).list());
	}

	static Cursor cursorOf(Contact c) {
		return Cursor.of(c.lastName().toLowerCase(Locale.ROOT), c.firstName().toLowerCase(Locale.ROOT), c.id().toString());
	}

	long countActive() {
		return jdbc.sql("SELECT count(*) FROM contact WHERE archived_at IS NULL").query(Long.class).single();
	}

	private static String escape(String term) {
		return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
