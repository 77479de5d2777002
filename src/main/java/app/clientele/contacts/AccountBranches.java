package app.clientele.contacts;

import static app.clientele.contacts.SearchSql.startsWith;

/**
 * The branches of a search that match the account's name through {@code account_name_search_word} (see
 * {@link ContactSearch#search}): up to {@value ContactSearch#MANY_ACCOUNTS} accounts give their
 * own first pages, merged; more are checked during a walk of the name order.
 */
final class AccountBranches {

	private final SearchSql sql;

	private final SearchTerm term;

	AccountBranches(SearchSql sql, SearchTerm term) {
		this.sql = sql;
		this.term = term;
	}

	void add() {
		String accounts = accounts();
		sql.with("""
				accounts AS MATERIALIZED (%s LIMIT %d)""".formatted(accounts, ContactSearch.MANY_ACCOUNTS + 1));
		merged();
		// Many: walk the name order checking each contact's account against the set of matching
		// accounts (a hashed subplan, kept so by IS TRUE).
		sql.page("(SELECT c.id FROM contact c WHERE (SELECT count(*) FROM accounts) > %d AND (c.account_id IN (%s)) IS TRUE%s%s)"
				.formatted(ContactSearch.MANY_ACCOUNTS, accounts, sql.filter, sql.order()));
	}

	/** Accounts whose name has a word starting with each word typed. */
	private String accounts() {
		int longest = term.longest();
		StringBuilder others = new StringBuilder();
		for (int i = 0; i < term.words().size(); i++) {
			if (i != longest) {
				others.append("""
						AND EXISTS (SELECT 1 FROM account_name_search_word o WHERE o.account_id = a.account_id
						            AND %s)""".formatted(startsWith("o.word", i)));
			}
		}
		return """
				SELECT DISTINCT a.account_id FROM account_name_search_word a
				WHERE %s%s""".formatted(startsWith("a.word", longest), others);
	}

	/** Their contacts' first pages merged, with the same cut as names. */
	private void merged() {
		String accountRows = """
				SELECT c.id, lower(c.last_name) AS l, lower(c.first_name) AS f FROM contact c
				WHERE c.account_id = a.account_id %s""".formatted(sql.filter);
		sql.with("""
				account_cut AS MATERIALIZED (
				    SELECT y.l, y.f, y.id FROM accounts a CROSS JOIN LATERAL (
				        %s
				        ORDER BY lower(c.last_name), lower(c.first_name), c.id OFFSET %d - 1 LIMIT 1) y
				    WHERE (SELECT count(*) FROM accounts) <= %d
				    ORDER BY 1, 2, 3 LIMIT 1)""".formatted(accountRows, sql.limit, ContactSearch.MANY_ACCOUNTS));
		for (String cut : new String[] {
				" AND (lower(c.last_name), lower(c.first_name), c.id) <= (SELECT l, f, id FROM account_cut)",
				" AND NOT EXISTS (SELECT 1 FROM account_cut)" }) {
			sql.page("""
					(SELECT x.id FROM accounts a CROSS JOIN LATERAL (
					    %1$s%2$s
					    ORDER BY lower(c.last_name), lower(c.first_name), c.id LIMIT %3$d) x
					 WHERE (SELECT count(*) FROM accounts) <= %4$d
					 ORDER BY x.l, x.f, x.id LIMIT %3$d)""".formatted(accountRows, cut, sql.limit, ContactSearch.MANY_ACCOUNTS));
		}
	}
}
