package app.clientele.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import app.clientele.platform.Cursor;
import app.clientele.platform.Keyed;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read side of accounts: paged lists and search, in plain SQL. */
@Component
class AccountSearch {

	private final JdbcClient jdbc;

	AccountSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Accounts ordered by name. {@code q} matches a fragment of the name (case and accents
	 * ignored, served by the trigram index) or the start of the account number.
	 */
	List<Keyed<AccountSummary>> search(@Nullable String q, PageRequest page) {
		Cursor after = page.cursor(2);
		String term = q == null || q.isBlank() ? null : q.strip();
		return jdbc.sql("""
				SELECT a.id, a.name, a.number, a.account_class_id, c.name AS class_name, a.status, a.version,
				       a.created_at, a.updated_at, lower(a.name) AS sort_name
				FROM account a LEFT JOIN account_class c ON c.id = a.account_class_id
				WHERE (CAST(:term AS text) IS NULL
				       OR fold(a.name) LIKE '%' || fold(:like) || '%' ESCAPE '\\'
				       OR lower(a.number) LIKE lower(:like) || '%' ESCAPE '\\')
				  AND (CAST(:afterName AS text) IS NULL OR (lower(a.name), a.id) > (:afterName, CAST(:afterId AS uuid)))
				ORDER BY lower(a.name), a.id
				LIMIT :limit
				""")
				.param("term", term)
				.param("like", term == null ? "" : escapeLike(term))
				.param("afterName", after == null ? null : after.value(0))
				.param("afterId", after == null ? null : after.uuid(1))
				.param("limit", page.fetchSize())
				.query(Keyed.rows(AccountSearch::summary, "sort_name", "id")).list();
	}

	List<Keyed<Site>> sites(UUID accountId, PageRequest page) {
		Cursor after = page.cursor(2);
		return jdbc.sql("""
				SELECT id, account_id, name, address, version, created_at, updated_at, lower(name) AS sort_name FROM site
				WHERE account_id = :account
				  AND (CAST(:afterName AS text) IS NULL OR (lower(name), id) > (:afterName, CAST(:afterId AS uuid)))
				ORDER BY lower(name), id
				LIMIT :limit
				""")
				.param("account", accountId)
				.param("afterName", after == null ? null : after.value(0))
				.param("afterId", after == null ? null : after.uuid(1))
				.param("limit", page.fetchSize())
				.query(Keyed.rows((rs, n) -> new Site(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
						rs.getString("name"), rs.getString("address"), rs.getLong("version"),
						rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()),
						"sort_name", "id"))
				.list();
	}

	/** The accounts of a class (index account_class_ref), for lists filtered by class. */
	List<UUID> idsOfClass(UUID classId) {
		return jdbc.sql("SELECT id FROM account WHERE account_class_id = :c").param("c", classId).query(UUID.class).list();
	}

	List<AccountClass> classes() {
		return jdbc.sql("""
				SELECT id, name, portal_enabled, auto_send_portal_invite, allow_invoice_verified_self_registration,
				       version, created_at, updated_at
				FROM account_class ORDER BY lower(name)
				""")
				.query((rs, n) -> new AccountClass(rs.getObject("id", UUID.class), rs.getString("name"),
						rs.getBoolean("portal_enabled"), rs.getBoolean("auto_send_portal_invite"),
						rs.getBoolean("allow_invoice_verified_self_registration"), rs.getLong("version"),
						rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant()))
				.list();
	}

	boolean numberTaken(String number, @Nullable UUID except) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM account WHERE lower(number) = lower(:number)
				               AND (CAST(:except AS uuid) IS NULL OR id <> :except))
				""").param("number", number).param("except", except).query(Boolean.class).single();
	}

	boolean classNameTaken(String name, @Nullable UUID except) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM account_class WHERE lower(name) = lower(:name)
				               AND (CAST(:except AS uuid) IS NULL OR id <> :except))
				""").param("name", name.strip()).param("except", except).query(Boolean.class).single();
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
	}

	static String escapeLike(String term) {
		return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static AccountSummary summary(ResultSet rs, int n) throws SQLException {
		return new AccountSummary(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("number"),
				rs.getObject("account_class_id", UUID.class), rs.getString("class_name"),
				AccountStatus.valueOf(rs.getString("status")), rs.getLong("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}
}
