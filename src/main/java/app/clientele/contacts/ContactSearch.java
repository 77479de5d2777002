package app.clientele.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import app.clientele.platform.Cursor;
import app.clientele.platform.Keyed;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read side of contacts: an account's contacts and search, in name order with keyset paging. */
@Component
class ContactSearch {

	/** Up to this many accounts matching: their contacts' pages are merged; more: the name order is walked. */
	static final int MANY_ACCOUNTS = 200;

	/** Up to this many distinct name words starting with the term: their pages are merged; more: the name order is walked. */
	static final int MERGED_WORDS = 100;

	/**
	 * With more than {@value #MERGED_WORDS} words starting with the term: up to this many rows of
	 * name words starting with a word typed are sorted; more: the name order is walked.
	 */
	static final int SORTED_NAME_ROWS = 20_000;

	/** Up to this many emails starting with the term are sorted; more: the name order is walked. */
	static final int SORTED_EMAILS = 2000;

	private static final String ORDER = "\nORDER BY lower(c.last_name), lower(c.first_name), c.id LIMIT :limit";

	/** The contact and its sort keys as the ORDER BY computes them: the next page's cursor is made of these. */
	private static final String COLUMNS = Contacts.COLUMNS + ", lower(c.last_name) AS sort_last, lower(c.first_name) AS sort_first";

	private static final RowMapper<Keyed<Contact>> ROWS = Keyed.rows(Contacts::row, "sort_last", "sort_first", "id");

	private final JdbcClient jdbc;

	/** {@link #SORTED_NAME_ROWS}, or another limit for tests that compare the ways of reading names. */
	private final int sortedNameRows;

	@Autowired
	ContactSearch(JdbcClient jdbc) {
		this(jdbc, SORTED_NAME_ROWS);
	}

	ContactSearch(JdbcClient jdbc, int sortedNameRows) {
		this.jdbc = jdbc;
		this.sortedNameRows = sortedNameRows;
	}

	List<Keyed<Contact>> ofAccount(UUID accountId, boolean includeArchived, PageRequest page) {
		Cursor after = page.cursor(3);
		return keyset(jdbc.sql("""
				SELECT %s FROM contact c
				WHERE c.account_id = :account %s
				ORDER BY lower(c.last_name), lower(c.first_name), c.id
				LIMIT :limit
				""".formatted(COLUMNS, filter(includeArchived, after))), after, page)
				.param("account", accountId).query(ROWS).list();
	}

	/**
	 * Contacts whose name has a word starting with each word of {@code q} (case and accents
	 * folded: "jo sm" finds "John Smith" and "Smith, Joanna", not "Benjamin"), whose email starts
	 * with it, whose phone is it or starts with it (any format, matched as E.164), or whose
	 * account's name has a word starting with each word of it, in name order. A term with an
	 * {@code @} is an email: only emails are matched.
	 * <p>
	 * Each way of matching is its own branch with its own page limit; the page is then taken from
	 * the union of the branches' pages, which holds it whole.
	 * <ul>
	 * <li>Names match through {@code contact_name_word}: one row per word of each name, in the C
	 * collation (where a prefix is an index range), each word's rows in name order. The distinct
	 * words starting with the longest word typed are found by skipping through that index; when
	 * there are at most {@value #MERGED_WORDS}, each gives its first page in name order (the other
	 * words typed checked on the way) and these are merged. A prefix of more words ("mac", the
	 * start of thousands of rare surnames) has its rows sorted when there are at most
	 * {@value #SORTED_NAME_ROWS} (or, with several words typed, the rows of the first word that
	 * has so few); more rows are common enough for a walk of the name order (an index that covers
	 * the folded name) to fill the page early.</li>
	 * <li>Emails: the first {@value #SORTED_EMAILS} matches are read from an index in the C
	 * collation that carries the sort keys; at most that many are sorted, more mean a short walk
	 * of the name order (whose index covers the email).</li>
	 * <li>Accounts match through {@code account_name_word}; up to {@value #MANY_ACCOUNTS} of them
	 * give their own first pages (each an index range in name order), merged; more are checked
	 * during a walk of the name order.</li>
	 * </ul>
	 * Branches that cannot match are left out, and the phone region is read only for a term with
	 * enough digits to be a phone number. Every typed value reaches the plan through the
	 * {@code typed} row, so that one plan serves every term of the same shape.
	 */
	List<Keyed<Contact>> search(String q, boolean includeArchived, Supplier<String> phoneRegion, PageRequest page) {
		Cursor after = page.cursor(3);
		String term = q.strip();
		List<String> words = term.contains("@") ? List.of() : words(term);
		String e164 = term.chars().filter(Character::isDigit).count() >= 5 ? ContactRules.e164(term, phoneRegion.get())
				: null;
		String phonePrefix = e164 == null && term.startsWith("+") && term.length() >= 4
				? "+" + term.replaceAll("\\D", "") : null;
		String filter = filter(includeArchived, after);
		StringBuilder with = new StringBuilder("WITH typed AS MATERIALIZED (SELECT e, e || chr(1114111) AS e_end");
		for (int i = 0; i < words.size(); i++) {
			with.append(", w%1$d, w%1$d || chr(1114111) AS w%1$d_end, '%%' || w%1$d || '%%' AS w%1$d_like, '(^|[^[:alnum:]])' || w%1$d AS w%1$d_re"
					.formatted(i));
		}
		with.append(" FROM (SELECT lower(:email) COLLATE \"C\" AS e");
		for (int i = 0; i < words.size(); i++) {
			with.append(", regexp_replace(fold(:w%1$d), '[^[:alnum:]]+', '', 'g') COLLATE \"C\" AS w%1$d".formatted(i));
		}
		with.append(") f)");
		List<String> pages = new ArrayList<>();
		if (!words.isEmpty()) {
			int range = 0;
			for (int i = 1; i < words.size(); i++) {
				if (words.get(i).length() > words.get(range).length()) {
					range = i;
				}
			}
			with.append(",\n").append("""
					prefixed AS MATERIALIZED (
					    WITH RECURSIVE d(word) AS (
					        (SELECT word FROM contact_name_word
					         WHERE word >= (SELECT w%1$d FROM typed) AND word < (SELECT w%1$d_end FROM typed) ORDER BY word LIMIT 1)
					        UNION ALL
					        SELECT (SELECT n.word FROM contact_name_word n
					                WHERE n.word > d.word AND n.word < (SELECT w%1$d_end FROM typed) ORDER BY n.word LIMIT 1)
					        FROM d WHERE d.word IS NOT NULL)
					    SELECT word FROM d WHERE word IS NOT NULL LIMIT %2$d)""".formatted(range, MERGED_WORDS + 1));
			String others = wordChecks(words.size(), range);
			StringBuilder all = new StringBuilder();
			StringBuilder accountWords = new StringBuilder();
			for (int i = 0; i < words.size(); i++) {
				if (i != range) {
					accountWords.append("""
							 AND EXISTS (SELECT 1 FROM account_name_word o WHERE o.account_id = a.account_id
							             AND o.word >= (SELECT w%1$d FROM typed) AND o.word < (SELECT w%1$d_end FROM typed))"""
							.formatted(i));
				}
				all.append(" AND ").append(wordStart("c", i));
			}
			// The merge sorts only what can make the page: no row after the earliest "page-th row"
			// of any one word (the cut) can, since that word alone fills the page up to there.
			// Sorting every word's first page instead cost milliseconds of collation comparisons.
			String wordRows = """
					SELECT w.last_key, w.first_key, w.contact_id FROM contact_name_word w
					WHERE w.word = p.word%s%s""".formatted(others, wordFilter(includeArchived, after));
			with.append(",\n").append("""
					name_cut AS MATERIALIZED (
					    SELECT y.last_key, y.first_key, y.contact_id FROM prefixed p CROSS JOIN LATERAL (
					        %s
					        ORDER BY w.last_key, w.first_key, w.contact_id OFFSET :limit - 1 LIMIT 1) y
					    WHERE (SELECT count(*) FROM prefixed) <= %d
					    ORDER BY 1, 2, 3 LIMIT 1)""".formatted(wordRows, MERGED_WORDS));
			for (String cut : List.of(" AND (w.last_key, w.first_key, w.contact_id) <= (SELECT last_key, first_key, contact_id FROM name_cut)",
					" AND NOT EXISTS (SELECT 1 FROM name_cut)")) {
				pages.add("""
						(SELECT id FROM (SELECT DISTINCT x.last_key, x.first_key, x.contact_id AS id
						 FROM prefixed p CROSS JOIN LATERAL (
						     %s%s
						     ORDER BY w.last_key, w.first_key, w.contact_id LIMIT :limit) x
						 WHERE (SELECT count(*) FROM prefixed) <= %d
						 ORDER BY 1, 2, 3 LIMIT :limit) merged)""".formatted(wordRows, cut, MERGED_WORDS));
			}
			// More words than are merged: a prefix such as "mac" starts thousands of rare surnames
			// (a few rows each). Walking the name order would pass every name before "Mac..."
			// (0.7 s at a million contacts), so the rows of the prefix are read and sorted instead
			// (10 ms for 7,000) when there are at most sortedNameRows of them. With several words
			// typed, the first word in that order (the longest first) with few enough rows is the
			// one read, the others checked on each row: "St. Le" reads the 13,000 rows of "le",
			// not the 41,000 of "st". Only when every word has more rows are the matches dense
			// enough for a walk of the name order to meet the page early. Each count is taken
			// only when the branches before it did not apply.
			List<Integer> order = new ArrayList<>();
			order.add(range);
			for (int i = 0; i < words.size(); i++) {
				if (i != range) {
					order.add(i);
				}
			}
			StringBuilder fewer = new StringBuilder(" (SELECT count(*) FROM prefixed) > %d".formatted(MERGED_WORDS));
			for (int i : order) {
				with.append(",\n").append("""
						name_rows%1$d AS MATERIALIZED (
						    SELECT count(*) AS n FROM (SELECT 1 FROM contact_name_word w
						    WHERE w.word >= (SELECT w%1$d FROM typed) AND w.word < (SELECT w%1$d_end FROM typed) LIMIT %2$d) x)"""
						.formatted(i, sortedNameRows + 1));
				pages.add("""
						(SELECT id FROM (SELECT DISTINCT w.last_key, w.first_key, w.contact_id AS id FROM contact_name_word w
						 WHERE%1$s AND (SELECT n FROM name_rows%2$d) <= %3$d
						   AND w.word >= (SELECT w%2$d FROM typed) AND w.word < (SELECT w%2$d_end FROM typed)%4$s%5$s) s
						 ORDER BY s.last_key, s.first_key, s.id LIMIT :limit)""".formatted(fewer, i, sortedNameRows,
						wordChecks(words.size(), i), wordFilter(includeArchived, after)));
				fewer.append(" AND (SELECT n FROM name_rows%d) > %d".formatted(i, sortedNameRows));
			}
			// The walk's filter is wrapped in CASE so that PostgreSQL estimates it at half the
			// rows: its estimate of a regular expression on a parameter is so low that it would
			// sort every contact instead of walking to the first matches.
			pages.add("(SELECT c.id FROM contact c WHERE%s AND CASE WHEN true%s THEN true ELSE false END%s%s)"
					.formatted(fewer, all, filter, ORDER));
			// Accounts whose name has a word starting with each word typed.
			String accounts = """
					SELECT DISTINCT a.account_id FROM account_name_word a
					WHERE a.word >= (SELECT w%1$d FROM typed) AND a.word < (SELECT w%1$d_end FROM typed)%2$s""".formatted(range, accountWords);
			with.append(",\n").append("""
					accounts AS MATERIALIZED (%s LIMIT %d)""".formatted(accounts, MANY_ACCOUNTS + 1));
			// Their contacts' first pages merged, with the same cut as names.
			String accountRows = """
					SELECT c.id, lower(c.last_name) AS l, lower(c.first_name) AS f FROM contact c
					WHERE c.account_id = a.account_id %s""".formatted(filter);
			with.append(",\n").append("""
					account_cut AS MATERIALIZED (
					    SELECT y.l, y.f, y.id FROM accounts a CROSS JOIN LATERAL (
					        %s
					        ORDER BY lower(c.last_name), lower(c.first_name), c.id OFFSET :limit - 1 LIMIT 1) y
					    WHERE (SELECT count(*) FROM accounts) <= %d
					    ORDER BY 1, 2, 3 LIMIT 1)""".formatted(accountRows, MANY_ACCOUNTS));
			for (String cut : List.of(" AND (lower(c.last_name), lower(c.first_name), c.id) <= (SELECT l, f, id FROM account_cut)",
					" AND NOT EXISTS (SELECT 1 FROM account_cut)")) {
				pages.add("""
						(SELECT x.id FROM accounts a CROSS JOIN LATERAL (
						    %s%s
						    ORDER BY lower(c.last_name), lower(c.first_name), c.id LIMIT :limit) x
						 WHERE (SELECT count(*) FROM accounts) <= %d
						 ORDER BY x.l, x.f, x.id LIMIT :limit)""".formatted(accountRows, cut, MANY_ACCOUNTS));
			}
			// Many: walk the name order checking each contact's account against the set of matching
			// accounts (a hashed subplan, kept so by IS TRUE).
			pages.add("(SELECT c.id FROM contact c WHERE (SELECT count(*) FROM accounts) > %d AND (c.account_id IN (%s)) IS TRUE%s%s)"
					.formatted(MANY_ACCOUNTS, accounts, filter, ORDER));
		}
		// How many emails start with the term (up to one more than are sorted), counted in the index
		// without computing sort keys; the sort keys are read only when there are few.
		with.append(",\n").append("""
				email_count AS MATERIALIZED (
				    SELECT count(*) AS n FROM (SELECT 1 FROM contact c
				    WHERE lower(c.email) COLLATE "C" >= (SELECT e FROM typed) AND lower(c.email) COLLATE "C" < (SELECT e_end FROM typed)%1$s
				    LIMIT %2$d) x),
				emails AS MATERIALIZED (
				    SELECT c.id, lower(c.last_name) AS l, lower(c.first_name) AS f FROM contact c
				    WHERE lower(c.email) COLLATE "C" >= (SELECT e FROM typed) AND lower(c.email) COLLATE "C" < (SELECT e_end FROM typed)%1$s
				      AND (SELECT n FROM email_count) <= %3$d
				    ORDER BY lower(c.email) COLLATE "C" LIMIT %2$d)""".formatted(filter, SORTED_EMAILS + 1, SORTED_EMAILS));
		pages.add("(SELECT id FROM emails ORDER BY l, f, id LIMIT :limit)");
		// The walk checks every email it passes: an ASCII one (nearly all) is lowered byte by byte
		// in the C collation, about ten times cheaper than the database collation's lower(), and
		// the same for ASCII; any other is lowered as the index has it.
		pages.add("""
				(SELECT c.id FROM contact c
				 WHERE (SELECT n FROM email_count) > %d
				   AND CASE WHEN octet_length(c.email) = length(c.email)
				            THEN starts_with(lower(c.email COLLATE "C"), (SELECT e FROM typed))
				            ELSE starts_with(lower(c.email) COLLATE "C", (SELECT e FROM typed)) END%s%s)"""
				.formatted(SORTED_EMAILS, filter, ORDER));
		if (e164 != null || phonePrefix != null) {
			pages.add("(SELECT c.id FROM contact c WHERE EXISTS (SELECT 1 FROM contact_phone p WHERE p.contact_id = c.id AND "
					+ (e164 != null ? "p.e164 = :e164" : "p.e164 LIKE :phonePrefix") + ")" + filter + ORDER + ")");
		}
		String hits = ",\nhits AS MATERIALIZED (" + String.join("\nUNION ALL\n", pages) + ")";
		// The page size is written into the statement (it is an int of ours): with every other value
		// in the typed row, PostgreSQL then keeps one generic plan per statement instead of planning
		// each search anew (about 2 ms of planning, more than most searches take to run).
		var sql = jdbc.sql((with + hits + "\nSELECT %s FROM contact c WHERE c.id IN (SELECT id FROM hits)%s"
				.formatted(COLUMNS, ORDER)).replace(":limit", Integer.toString(page.fetchSize())));
		for (int i = 0; i < words.size(); i++) {
			sql = sql.param("w" + i, words.get(i));
		}
		return keyset(sql, after, page).param("email", term)
				.param("e164", e164).param("phonePrefix", phonePrefix == null ? null : phonePrefix + "%")
				.query(ROWS).list();
	}

	/** The checks on a row of contact_name_word that every typed word but {@code except} starts a word of its name. */
	private static String wordChecks(int words, int except) {
		StringBuilder checks = new StringBuilder();
		for (int i = 0; i < words; i++) {
			if (i != except) {
				checks.append(" AND w.search_name LIKE (SELECT w%d_like FROM typed) AND ".formatted(i))
						.append(wordStart("w", i));
			}
		}
		return checks.toString();
	}

	/**
	 * Whether the folded name of row {@code alias} has a word starting with typed word {@code i}:
	 * the word typed where no letter or digit precedes it (apostrophes dropped, as in
	 * {@code name_words}).
	 */
	private static String wordStart(String alias, int i) {
		return ("(%1$s.search_name ~ (SELECT w%2$d_re FROM typed)"
				+ " OR (strpos(%1$s.search_name, chr(39)) > 0 AND replace(%1$s.search_name, chr(39), '') ~ (SELECT w%2$d_re FROM typed)))")
				.formatted(alias, i);
	}

	/**
	 * The words of a search term as names are split into words: runs of letters and digits, an
	 * apostrophe joining its neighbours ("O'Brien" is one word, "obrien" once folded).
	 */
	static List<String> words(String term) {
		return java.util.Arrays.stream(term.split("[^\\p{L}\\p{N}\\p{M}']+")).map(w -> w.replace("'", ""))
				.filter(w -> !w.isEmpty()).distinct().limit(5).toList();
	}

	/** {@link #filter} for rows of contact_name_word. */
	private static String wordFilter(boolean includeArchived, @Nullable Cursor after) {
		return (includeArchived ? "" : " AND w.active")
				+ (after == null ? "" : " AND (w.last_key, w.first_key, w.contact_id) > (:l, :f, CAST(:id AS uuid))");
	}

	List<Keyed<Contact>> all(boolean includeArchived, PageRequest page) {
		Cursor after = page.cursor(3);
		return keyset(jdbc.sql("SELECT %s FROM contact c WHERE true %s%s"
				.formatted(COLUMNS, filter(includeArchived, after), ORDER)), after, page)
				.query(ROWS).list();
	}

	/** The archive and keyset conditions, written only when they apply, so that every plan fits its page. */
	private static String filter(boolean includeArchived, @Nullable Cursor after) {
		return (includeArchived ? "" : " AND c.archived_at IS NULL")
				+ (after == null ? "" : " AND (lower(c.last_name), lower(c.first_name), c.id) > (:l, :f, CAST(:id AS uuid))");
	}

	private static JdbcClient.StatementSpec keyset(JdbcClient.StatementSpec sql, @Nullable Cursor after,
			PageRequest page) {
		if (after != null) {
			sql = sql.param("l", after.value(0)).param("f", after.value(1)).param("id", after.uuid(2));
		}
		return sql.param("limit", page.fetchSize());
	}

	long countActive() {
		return jdbc.sql("SELECT count(*) FROM contact WHERE archived_at IS NULL").query(Long.class).single();
	}
}
