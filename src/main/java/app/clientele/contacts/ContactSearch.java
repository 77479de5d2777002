package app.clientele.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import app.clientele.platform.Cursor;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read side of contacts: an account's contacts and search, in name order with keyset paging. */
@Component
class ContactSearch {

	/** From this many accounts matching, their contacts are found by walking the name order. */
	private static final int MANY_ACCOUNTS = 200;

	private static final String ORDER = "\nORDER BY lower(c.last_name), lower(c.first_name), c.id LIMIT :limit";

	private final JdbcClient jdbc;

	ContactSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Contact> ofAccount(UUID accountId, boolean includeArchived, PageRequest page) {
		Cursor after = page.cursor(3);
		return keyset(jdbc.sql("""
				SELECT %s FROM contact c
				WHERE c.account_id = :account %s
				ORDER BY lower(c.last_name), lower(c.first_name), c.id
				LIMIT :limit
				""".formatted(Contacts.COLUMNS, filter(includeArchived, after))), after, page)
				.param("account", accountId).query(Contacts::row).list();
	}

	/**
	 * Contacts whose name contains {@code q} (case and accents folded; every word of q must
	 * appear), whose email starts with it, whose phone is it (any format, matched as E.164), or
	 * whose account's name contains it, in name order.
	 * <p>
	 * Each way of matching is its own branch with its own page limit, so that PostgreSQL picks a
	 * plan per branch: a rare fragment through its index and a sort of the few hits, a common one by
	 * walking the name-order index (which covers the folded name: no table access per row) until
	 * the page is full. The page is then taken from the union of the branches' pages, which holds
	 * it whole. Emails compare in the C collation, where a prefix is an index range with a real
	 * estimate. Branches that cannot match are left out, and the phone region is read only for a
	 * term with enough digits to be a phone number.
	 */
	List<Contact> search(String q, boolean includeArchived, Supplier<String> phoneRegion, PageRequest page) {
		Cursor after = page.cursor(3);
		String term = q.strip();
		List<String> words = java.util.Arrays.stream(term.split("\\s+")).limit(5).toList();
		StringBuilder nameMatch = new StringBuilder();
		for (int i = 0; i < words.size(); i++) {
			nameMatch.append(i == 0 ? "" : " AND ").append("c.search_name LIKE '%' || fold(:w")
					.append(i).append(") || '%'");
		}
		String e164 = term.chars().filter(Character::isDigit).count() >= 5 ? ContactRules.e164(term, phoneRegion.get())
				: null;
		String phonePrefix = e164 == null && term.startsWith("+") && term.length() >= 4
				? "+" + term.replaceAll("\\D", "") : null;
		String filter = filter(includeArchived, after);
		List<String> branches = new ArrayList<>();
		branches.add("SELECT c.id FROM contact c WHERE " + nameMatch + filter);
		branches.add("SELECT c.id FROM contact c WHERE lower(c.email) COLLATE \"C\" LIKE :emailPrefix" + filter);
		if (e164 != null || phonePrefix != null) {
			branches.add("SELECT c.id FROM contact c WHERE EXISTS (SELECT 1 FROM contact_phone p WHERE p.contact_id = c.id AND "
					+ (e164 != null ? "p.e164 = :e164" : "p.e164 LIKE :phonePrefix") + ")" + filter);
		}
		List<String> pages = new ArrayList<>(branches.stream().map(b -> "(" + b + ORDER + ")").toList());
		// Contacts of accounts whose name matches. Few accounts: their own first pages (each an
		// index range in name order), merged. Many: walk the name order checking each contact's
		// account against the set of matching accounts (a hashed subplan, kept so by IS TRUE).
		// PostgreSQL's own choice here was a walk that looked up every contact's account, or a
		// nested loop over the set: hundreds of milliseconds either way.
		String accounts = "SELECT id FROM account WHERE fold(name) LIKE '%' || fold(:term) || '%'";
		String many = "(SELECT count(*) FROM (" + accounts + " LIMIT " + MANY_ACCOUNTS + ") n) >= " + MANY_ACCOUNTS;
		pages.add("""
				(SELECT x.id FROM account a CROSS JOIN LATERAL (
				    SELECT c.id, lower(c.last_name) AS l, lower(c.first_name) AS f FROM contact c
				    WHERE c.account_id = a.id %s
				    ORDER BY lower(c.last_name), lower(c.first_name), c.id LIMIT :limit) x
				 WHERE fold(a.name) LIKE '%%' || fold(:term) || '%%' AND NOT %s
				 ORDER BY x.l, x.f, x.id LIMIT :limit)""".formatted(filter, many));
		pages.add("(SELECT c.id FROM contact c WHERE (c.account_id IN (%s)) IS TRUE AND %s%s%s)"
				.formatted(accounts, many, filter, ORDER));
		String union = String.join("\nUNION ALL\n", pages);
		var sql = jdbc.sql("SELECT %s FROM contact c WHERE c.id IN (%s)%s".formatted(Contacts.COLUMNS, union, ORDER));
		for (int i = 0; i < words.size(); i++) {
			sql = sql.param("w" + i, escape(words.get(i)));
		}
		return keyset(sql, after, page).param("term", escape(term))
				.param("emailPrefix", escape(term.toLowerCase(Locale.ROOT)) + "%")
				.param("e164", e164).param("phonePrefix", phonePrefix == null ? null : phonePrefix + "%")
				.query(Contacts::row).list();
	}

	List<Contact> all(boolean includeArchived, PageRequest page) {
		Cursor after = page.cursor(3);
		return keyset(jdbc.sql("SELECT %s FROM contact c WHERE true %s%s"
				.formatted(Contacts.COLUMNS, filter(includeArchived, after), ORDER)), after, page)
				.query(Contacts::row).list();
	}

	/** The archive and keyset conditions, written only when they apply, so that every plan fits its page. */
	private static String filter(boolean includeArchived, @Nullable Cursor after) {
		return (includeArchived ? "" : " AND c.archived_at IS NULL")
				+ (after == null ? "" : " AND (lower(c.last_name), lower(c.first_name), c.id) > (:l, :f, CAST(:id AS uuid))");
	}

	private static JdbcClient.StatementSpec keyset(JdbcClient.StatementSpec sql, @Nullable Cursor after,
			PageRequest page) {
		if (after != null) {
			sql = sql.param("l", after.value(0)).param("f", after.value(1)).param("id", after.value(2));
		}
		return sql.param("limit", page.fetchSize());
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
