package app.clientele.contacts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
	private static final String COLUMNS = ContactRows.COLUMNS + ", lower(c.last_name) AS sort_last, lower(c.first_name) AS sort_first";

	private static final RowMapper<Keyed<Contact>> ROWS = Keyed.rows(ContactRows::row, "sort_last", "sort_first", "id");

	private final JdbcClient jdbc;
	private final ContactFilterSql filters;

	/** {@link #SORTED_NAME_ROWS}, or another limit for tests that compare the ways of reading names. */
	private final int sortedNameRows;

	@Autowired
	ContactSearch(JdbcClient jdbc, ContactFilterSql filters) {
		this(jdbc, filters, SORTED_NAME_ROWS);
	}

	ContactSearch(JdbcClient jdbc, ContactFilterSql filters, int sortedNameRows) {
		this.jdbc = jdbc;
		this.filters = filters;
		this.sortedNameRows = sortedNameRows;
	}

	/** The contacts {@code filter} takes without a search term (one account's, or all), in name order. */
	List<Keyed<Contact>> list(ContactFilter filter, PageRequest page) {
		Cursor after = page.cursor(3);
		ContactFilterSql.Conditions conditions = filters.of(filter);
		return conditions.bind(keyset(jdbc.sql("SELECT %s FROM contact c WHERE true %s%s"
				.formatted(COLUMNS, conditions.sql() + keysetFilter(after), ORDER)), after, page))
				.query(ROWS).list();
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
	 * <li>Accounts match through {@code account_name_search_word}; up to {@value #MANY_ACCOUNTS} of them
	 * give their own first pages (each an index range in name order), merged; more are checked
	 * during a walk of the name order.</li>
	 * </ul>
	 * Branches that cannot match are left out, and the phone region is read only for a term with
	 * enough digits to be a phone number. Every typed value reaches the plan through the
	 * {@code typed} row, so that one plan serves every term of the same shape.
	 */
	List<Keyed<Contact>> search(String q, ContactFilter filter, Supplier<String> phoneRegion, PageRequest page) {
		Cursor after = page.cursor(3);
		SearchTerm term = SearchTerm.of(q, phoneRegion);
		ContactFilterSql.Conditions conditions = filters.of(filter);
		SearchSql sql = new SearchSql(term.words().size(), page.fetchSize(), conditions.sql() + keysetFilter(after),
				wordFilter(filter, after));
		if (!term.words().isEmpty()) {
			new NameBranches(sql, term, sortedNameRows).add();
			new AccountBranches(sql, term).add();
		}
		EmailBranches.add(sql);
		if (term.isPhone()) {
			sql.page("(SELECT c.id FROM contact c WHERE EXISTS (SELECT 1 FROM contact_phone p WHERE p.contact_id = c.id AND "
					+ (term.e164() != null ? "p.e164 = :e164" : "p.e164 LIKE :phonePrefix") + ")" + sql.filter + sql.order() + ")");
		}
		var statement = conditions.bind(keyset(jdbc.sql(sql.statement(COLUMNS)), after, page)).param("email", term.text())
				.param("e164", term.e164()).param("phonePrefix", term.phonePrefix() == null ? null : term.phonePrefix() + "%");
		for (int i = 0; i < term.words().size(); i++) {
			statement = statement.param("w" + i, term.words().get(i));
		}
		return statement.query(ROWS).list();
	}

	/**
	 * The words of a search term as names are split into words: runs of letters and digits, an
	 * apostrophe joining its neighbours ("O'Brien" is one word, "obrien" once folded).
	 */
	static List<String> words(String term) {
		return java.util.Arrays.stream(term.split("[^\\p{L}\\p{N}\\p{M}']+")).map(w -> w.replace("'", ""))
				.filter(w -> !w.isEmpty()).distinct().limit(5).toList();
	}

	/**
	 * The filter and keyset conditions for rows of contact_name_word: the archive mark is on the
	 * row; any other filter is checked on the word's contact.
	 */
	private String wordFilter(ContactFilter filter, @Nullable Cursor after) {
		String archived = switch (String.valueOf(filter.value(ContactFilterKind.ARCHIVED))) {
			case "false" -> " AND w.active";
			case "true" -> " AND NOT w.active";
			default -> "";
		};
		String others = filters.beyondArchive(filter).sql();
		return archived + (others.isEmpty() ? "" : " AND EXISTS (SELECT 1 FROM contact c WHERE c.id = w.contact_id" + others + ")")
				+ (after == null ? "" : " AND (w.last_key, w.first_key, w.contact_id) > (:l, :f, CAST(:id AS uuid))");
	}

	/** The keyset condition, written only on pages after the first, so that every plan fits its page. */
	private static String keysetFilter(@Nullable Cursor after) {
		return after == null ? "" : " AND (lower(c.last_name), lower(c.first_name), c.id) > (:l, :f, CAST(:id AS uuid))";
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

	/** The display name of each contact named that exists, archived ones included. */
	Map<UUID, String> names(Collection<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		jdbc.sql("SELECT id, first_name, middle_name, last_name FROM contact WHERE id IN (:ids)").param("ids", ids)
				.query(rs -> {
					names.put(rs.getObject("id", UUID.class), Contact.displayName(rs.getString("first_name"),
							rs.getString("middle_name"), rs.getString("last_name")));
				});
		return names;
	}
}
