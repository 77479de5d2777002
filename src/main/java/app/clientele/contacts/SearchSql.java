package app.clientele.contacts;

import java.util.ArrayList;
import java.util.List;

/**
 * One search statement being written: the typed row and the other common table expressions, the
 * branches' pages (the page is taken from their union), and what every branch shares: the
 * archive and keyset conditions and the page size.
 * <p>
 * The page size is written into the statement (it is an int of ours): with every other value in
 * the typed row, PostgreSQL then keeps one generic plan per statement instead of planning each
 * search anew (about 2 ms of planning, more than most searches take to run).
 */
final class SearchSql {

	private final List<String> tables = new ArrayList<>();

	private final List<String> pages = new ArrayList<>();

	/** The page size, written into the statement. */
	final int limit;

	/** The archive and keyset conditions on {@code contact c}. */
	final String filter;

	/** The archive and keyset conditions on {@code contact_name_word w}. */
	final String wordFilter;

	SearchSql(int words, int limit, String filter, String wordFilter) {
		this.limit = limit;
		this.filter = filter;
		this.wordFilter = wordFilter;
		tables.add(typed(words));
	}

	/**
	 * Every typed value as one row, so that one plan serves every term of the same shape: the email
	 * prefix and each word folded as names are, in the C collation, with the ends of their ranges,
	 * a LIKE pattern and a regular expression for the start of a word.
	 */
	private static String typed(int words) {
		StringBuilder typed = new StringBuilder("typed AS MATERIALIZED (SELECT e, e || chr(1114111) AS e_end");
		for (int i = 0; i < words; i++) {
			typed.append(", w%1$d, w%1$d || chr(1114111) AS w%1$d_end, '%%' || w%1$d || '%%' AS w%1$d_like, '(^|[^[:alnum:]])' || w%1$d AS w%1$d_re"
					.formatted(i));
		}
		typed.append(" FROM (SELECT lower(:email) COLLATE \"C\" AS e");
		for (int i = 0; i < words; i++) {
			typed.append(", regexp_replace(fold(:w%1$d), '[^[:alnum:]]+', '', 'g') COLLATE \"C\" AS w%1$d".formatted(i));
		}
		return typed.append(") f)").toString();
	}

	void with(String table) {
		tables.add(table);
	}

	void page(String page) {
		pages.add(page);
	}

	/** The name order, cut at the page. */
	String order() {
		return "\nORDER BY lower(c.last_name), lower(c.first_name), c.id LIMIT " + limit;
	}

	/** The statement: the union of the branches' pages, read as {@code columns} in name order. */
	String statement(String columns) {
		return "WITH " + String.join(",\n", tables) + ",\nhits AS MATERIALIZED (" + String.join("\nUNION ALL\n", pages)
				+ ")" + "\nSELECT %s FROM contact c WHERE c.id IN (SELECT id FROM hits)".formatted(columns) + order();
	}

	/** {@code column} of the typed row. */
	static String typed(String column) {
		return "(SELECT " + column + " FROM typed)";
	}

	/** That {@code word} (in the C collation) starts with typed word {@code i}: an index range. */
	static String startsWith(String word, int i) {
		return "%1$s >= %2$s AND %1$s < %3$s".formatted(word, typed("w" + i), typed("w" + i + "_end"));
	}
}
