package app.clientele.contacts;

/**
 * The branches of a search that match the start of the email (see {@link ContactSearch#search}):
 * up to {@value ContactSearch#SORTED_EMAILS} matches read from an index in the C collation and
 * sorted, or a walk of the name order; and those that match the start of the second email.
 */
final class EmailBranches {

	private EmailBranches() {
	}

	/**
	 * How many emails start with the term (up to one more than are sorted) is counted in the index
	 * without computing sort keys; the sort keys are read only when there are few.
	 */
	static void add(SearchSql sql) {
		sql.with("""
				email_count AS MATERIALIZED (
				    SELECT count(*) AS n FROM (SELECT 1 FROM contact c
				    WHERE lower(c.email) COLLATE "C" >= (SELECT e FROM typed) AND lower(c.email) COLLATE "C" < (SELECT e_end FROM typed)%1$s
				    LIMIT %2$d) x),
				emails AS MATERIALIZED (
				    SELECT c.id, lower(c.last_name) AS l, lower(c.first_name) AS f FROM contact c
				    WHERE lower(c.email) COLLATE "C" >= (SELECT e FROM typed) AND lower(c.email) COLLATE "C" < (SELECT e_end FROM typed)%1$s
				      AND (SELECT n FROM email_count) <= %3$d
				    ORDER BY lower(c.email) COLLATE "C" LIMIT %2$d)"""
				.formatted(sql.filter, ContactSearch.SORTED_EMAILS + 1, ContactSearch.SORTED_EMAILS));
		sql.page("(SELECT id FROM emails ORDER BY l, f, id LIMIT %d)".formatted(sql.limit));
		// The walk checks every email it passes: an ASCII one (nearly all) is lowered byte by byte
		// in the C collation, about ten times cheaper than the database collation's lower(), and
		// the same for ASCII; any other is lowered as the index has it.
		sql.page("""
				(SELECT c.id FROM contact c
				 WHERE (SELECT n FROM email_count) > %d
				   AND CASE WHEN octet_length(c.email) = length(c.email)
				            THEN starts_with(lower(c.email COLLATE "C"), (SELECT e FROM typed))
				            ELSE starts_with(lower(c.email) COLLATE "C", (SELECT e FROM typed)) END%s%s)"""
				.formatted(ContactSearch.SORTED_EMAILS, sql.filter, sql.order()));
		// second emails are few (most people have one address): their matches, from their own index, are sorted
		sql.page("""
				(SELECT c.id FROM contact c
				 WHERE lower(c.second_email) COLLATE "C" >= (SELECT e FROM typed)
				   AND lower(c.second_email) COLLATE "C" < (SELECT e_end FROM typed)%s%s)"""
				.formatted(sql.filter, sql.order()));
	}
}
