package app.clientele.contacts;

import static app.clientele.contacts.SearchSql.startsWith;
import static app.clientele.contacts.SearchSql.typed;

/**
 * The branches of a search that match names through {@code contact_name_word} (see
 * {@link ContactSearch#search}): the pages of the few words starting with the longest word typed
 * merged, the rows of a word sorted, or a walk of the name order.
 */
final class NameBranches {

	private final SearchSql sql;

	private final SearchTerm term;

	private final int longest;

	private final int sortedNameRows;

	NameBranches(SearchSql sql, SearchTerm term, int sortedNameRows) {
		this.sql = sql;
		this.term = term;
		this.longest = term.longest();
		this.sortedNameRows = sortedNameRows;
	}

	void add() {
		prefixed();
		merged();
		walk(sorted());
	}

	/** Up to one more than {@value ContactSearch#MERGED_WORDS} distinct words starting with the longest word typed, skipped through the index. */
	private void prefixed() {
		sql.with("""
				prefixed AS MATERIALIZED (
				    WITH RECURSIVE d(word) AS (
				        (SELECT word FROM contact_name_word
				         WHERE %1$s ORDER BY word LIMIT 1)
				        UNION ALL
				        SELECT (SELECT n.word FROM contact_name_word n
				                WHERE n.word > d.word AND n.word < %2$s ORDER BY n.word LIMIT 1)
				        FROM d WHERE d.word IS NOT NULL)
				    SELECT word FROM d WHERE word IS NOT NULL LIMIT %3$d)"""
				.formatted(startsWith("word", longest), typed("w" + longest + "_end"), ContactSearch.MERGED_WORDS + 1));
	}

	/**
	 * Each word's first page in name order, merged. The merge sorts only what can make the page:
	 * no row after the earliest "page-th row" of any one word (the cut) can, since that word alone
	 * fills the page up to there. Sorting every word's first page instead cost milliseconds of
	 * collation comparisons.
	 */
	private void merged() {
		String wordRows = """
				SELECT w.last_key, w.first_key, w.contact_id FROM contact_name_word w
				WHERE w.word = p.word%s%s""".formatted(wordChecks(longest), sql.wordFilter);
		sql.with("""
				name_cut AS MATERIALIZED (
				    SELECT y.last_key, y.first_key, y.contact_id FROM prefixed p CROSS JOIN LATERAL (
				        %s
				        ORDER BY w.last_key, w.first_key, w.contact_id OFFSET %d - 1 LIMIT 1) y
				    WHERE (SELECT count(*) FROM prefixed) <= %d
				    ORDER BY 1, 2, 3 LIMIT 1)""".formatted(wordRows, sql.limit, ContactSearch.MERGED_WORDS));
		for (String cut : new String[] {
				" AND (w.last_key, w.first_key, w.contact_id) <= (SELECT last_key, first_key, contact_id FROM name_cut)",
				" AND NOT EXISTS (SELECT 1 FROM name_cut)" }) {
			sql.page("""
					(SELECT id FROM (SELECT DISTINCT x.last_key, x.first_key, x.contact_id AS id
					 FROM prefixed p CROSS JOIN LATERAL (
					     %1$s%2$s
					     ORDER BY w.last_key, w.first_key, w.contact_id LIMIT %3$d) x
					 WHERE (SELECT count(*) FROM prefixed) <= %4$d
					 ORDER BY 1, 2, 3 LIMIT %3$d) merged)""".formatted(wordRows, cut, sql.limit, ContactSearch.MERGED_WORDS));
		}
	}

	/**
	 * More words than are merged: a prefix such as "mac" starts thousands of rare surnames (a few
	 * rows each). Walking the name order would pass every name before "Mac..." (0.7 s at a million
	 * contacts), so the rows of the prefix are read and sorted instead (10 ms for 7,000) when there
	 * are at most sortedNameRows of them. With several words typed, the first word in that order
	 * (the longest first) with few enough rows is the one read, the others checked on each row:
	 * "St. Le" reads the 13,000 rows of "le", not the 41,000 of "st". Each count is taken only when
	 * the branches before it did not apply.
	 *
	 * @return the condition that none of these branches applied
	 */
	private String sorted() {
		StringBuilder fewer = new StringBuilder(" (SELECT count(*) FROM prefixed) > %d".formatted(ContactSearch.MERGED_WORDS));
		for (int i : term.longestFirst()) {
			sql.with("""
					name_rows%1$d AS MATERIALIZED (
					    SELECT count(*) AS n FROM (SELECT 1 FROM contact_name_word w
					    WHERE %2$s LIMIT %3$d) x)""".formatted(i, startsWith("w.word", i), sortedNameRows + 1));
			sql.page("""
					(SELECT id FROM (SELECT DISTINCT w.last_key, w.first_key, w.contact_id AS id FROM contact_name_word w
					 WHERE%1$s AND (SELECT n FROM name_rows%2$d) <= %3$d
					   AND %4$s%5$s%6$s) s
					 ORDER BY s.last_key, s.first_key, s.id LIMIT %7$d)""".formatted(fewer, i, sortedNameRows,
					startsWith("w.word", i), wordChecks(i), sql.wordFilter, sql.limit));
			fewer.append(" AND (SELECT n FROM name_rows%d) > %d".formatted(i, sortedNameRows));
		}
		return fewer.toString();
	}

	/**
	 * Only when every word has more rows are the matches dense enough for a walk of the name order
	 * to meet the page early. The walk's filter is wrapped in CASE so that PostgreSQL estimates it
	 * at half the rows: its estimate of a regular expression on a parameter is so low that it would
	 * sort every contact instead of walking to the first matches.
	 */
	private void walk(String fewer) {
		StringBuilder every = new StringBuilder();
		for (int i = 0; i < term.words().size(); i++) {
			every.append(" AND ").append(wordStart("c", i));
		}
		sql.page("(SELECT c.id FROM contact c WHERE%s AND CASE WHEN true%s THEN true ELSE false END%s%s)"
				.formatted(fewer, every, sql.filter, sql.order()));
	}

	/** The checks on a row of contact_name_word that every typed word but {@code except} starts a word of its name. */
	private String wordChecks(int except) {
		StringBuilder checks = new StringBuilder();
		for (int i = 0; i < term.words().size(); i++) {
			if (i != except) {
				checks.append(" AND w.search_name LIKE %s AND ".formatted(typed("w" + i + "_like"))).append(wordStart("w", i));
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
		return ("(%1$s.search_name ~ %2$s"
				+ " OR (strpos(%1$s.search_name, chr(39)) > 0 AND replace(%1$s.search_name, chr(39), '') ~ %2$s))")
				.formatted(alias, typed("w" + i + "_re"));
	}
}
