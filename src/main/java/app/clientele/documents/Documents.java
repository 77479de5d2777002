package app.clientele.documents;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.clientele.platform.Cursor;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class Documents {

	private final JdbcClient jdbc;

	Documents(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Document d) {
		jdbc.sql("""
				INSERT INTO document (id, account_id, site_id, type, number, title, amount, currency, due_date, status,
				    quick_pay_code)
				VALUES (:id, :account, :site, :type, :number, :title, :amount, :currency, :due, :status, :code)
				""")
				.param("id", d.id()).param("account", d.accountId()).param("site", d.siteId()).param("type", d.type().name())
				.param("number", d.number()).param("title", d.title()).param("amount", d.amount())
				.param("currency", d.currency()).param("due", d.dueDate() == null ? null : Date.valueOf(d.dueDate()))
				.param("status", d.status()).param("code", d.quickPayCode()).update();
	}

	Optional<Document> find(UUID id) {
		return jdbc.sql("SELECT * FROM document WHERE id = :id").param("id", id).query(Documents::row).optional();
	}

	boolean numberTaken(DocumentType type, String number) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM document WHERE type = :type AND lower(number) = lower(:number))")
				.param("type", type.name()).param("number", number).query(Boolean.class).single();
	}

	/** Documents of an account, newest first, optionally only of some types and some sites (null: all). */
	List<Document> ofAccount(UUID accountId, @Nullable Collection<DocumentType> types, @Nullable Collection<UUID> sites,
			boolean includeAccountWide, PageRequest page) {
		Cursor after = page.cursor(2);
		return jdbc.sql("""
				SELECT * FROM document
				WHERE account_id = :account
				  AND (CAST(:filterTypes AS boolean) = false OR type IN (:types))
				  AND (CAST(:filterSites AS boolean) = false OR site_id IN (:sites) OR (:accountWide AND site_id IS NULL))
				  AND (CAST(:afterAt AS timestamptz) IS NULL
				       OR (created_at, id) < (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid)))
				ORDER BY created_at DESC, id DESC
				LIMIT :limit
				""")
				.param("account", accountId)
				.param("filterTypes", types != null)
				.param("types", types == null || types.isEmpty() ? List.of("-") : types.stream().map(Enum::name).toList())
				.param("filterSites", sites != null)
				.param("sites", sites == null || sites.isEmpty() ? List.of(new UUID(0, 0)) : sites)
				.param("accountWide", includeAccountWide)
				.param("afterAt", after == null ? null : after.timestamp(0))
				.param("afterId", after == null ? null : after.uuid(1))
				.param("limit", page.fetchSize())
				.query(Documents::row).list();
	}

	/** How many documents of each type an account holds, within some sites (null: all) and account-wide. */
	Map<DocumentType, Long> countsByType(UUID accountId, @Nullable Collection<UUID> sites) {
		Map<DocumentType, Long> counts = new EnumMap<>(DocumentType.class);
		jdbc.sql("""
				SELECT type, count(*) AS n FROM document
				WHERE account_id = :account
				  AND (CAST(:filterSites AS boolean) = false OR site_id IN (:sites) OR site_id IS NULL)
				GROUP BY type
				""").param("account", accountId).param("filterSites", sites != null)
				.param("sites", sites == null || sites.isEmpty() ? List.of(new UUID(0, 0)) : sites)
				.query((rs, n) -> counts.put(DocumentType.valueOf(rs.getString("type")), rs.getLong("n"))).list();
		return counts;
	}

	/** What is open on an account's invoices, per currency (none for invoices without an amount). */
	record OpenInvoices(@Nullable String currency, @Nullable BigDecimal amount, @Nullable LocalDate earliestDue) {
	}

	/** An account's invoices not paid or cancelled, summed per currency, within some sites (null: all). */
	List<OpenInvoices> openInvoices(UUID accountId, @Nullable Collection<UUID> sites) {
		return jdbc.sql("""
				SELECT currency, sum(amount) AS amount, min(due_date) AS earliest_due FROM document
				WHERE account_id = :account AND type = 'INVOICE' AND status NOT IN (:settled)
				  AND (CAST(:filterSites AS boolean) = false OR site_id IN (:sites) OR site_id IS NULL)
				GROUP BY currency
				ORDER BY currency
				""").param("account", accountId).param("settled", Document.SETTLED).param("filterSites", sites != null)
				.param("sites", sites == null || sites.isEmpty() ? List.of(new UUID(0, 0)) : sites)
				.query((rs, n) -> {
					Date due = rs.getDate("earliest_due");
					return new OpenInvoices(rs.getString("currency"), rs.getBigDecimal("amount"),
							due == null ? null : due.toLocalDate());
				}).list();
	}

	/**
	 * The account of the invoice with this number whose quick-pay code matches, or which belongs to
	 * {@code numberedAccount} (the account the person named by its account number).
	 */
	Optional<UUID> invoiceAccount(String invoiceNumber, @Nullable String quickPayCode, @Nullable UUID numberedAccount) {
		return jdbc.sql("""
				SELECT d.account_id FROM document d
				WHERE d.type = 'INVOICE' AND lower(d.number) = lower(:number)
				  AND ((CAST(:code AS text) IS NOT NULL AND d.quick_pay_code IS NOT NULL AND d.quick_pay_code = :code)
				    OR d.account_id = CAST(:account AS uuid))
				""").param("number", invoiceNumber.strip()).param("code", blankToNull(quickPayCode))
				.param("account", numberedAccount).query(UUID.class).optional();
	}

	static Cursor cursorOf(Document d) {
		return Cursor.of(d.createdAt().toString(), d.id().toString());
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static Document row(ResultSet rs, int n) throws SQLException {
		Date due = rs.getDate("due_date");
		BigDecimal amount = rs.getBigDecimal("amount");
		return new Document(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
				rs.getObject("site_id", UUID.class), DocumentType.valueOf(rs.getString("type")), rs.getString("number"),
				rs.getString("title"), amount, rs.getString("currency"), due == null ? null : due.toLocalDate(),
				rs.getString("status"), rs.getString("quick_pay_code"), rs.getLong("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}
}
