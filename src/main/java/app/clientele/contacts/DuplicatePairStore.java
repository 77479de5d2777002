package app.clientele.contacts;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import app.clientele.platform.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The pairs duplicate scans found: written by a scan's chunks, read by the review queue. */
@Component
class DuplicatePairStore {

	private final JdbcClient jdbc;

	DuplicatePairStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A pair as a scan found it, {@code a} the smaller id. */
	record Found(UUID a, UUID b, double score, List<String> reasons, double nameSimilarity) {
	}

	/** A pair as stored, before its people are read. */
	record Stored(UUID id, UUID a, UUID b, BigDecimal score, List<String> reasons, double nameSimilarity) {
	}

	/**
	 * Adds the pairs or refreshes their score, reasons and when they were last seen; a dismissed
	 * pair stays dismissed. Each pair once in {@code found} (one statement cannot touch a row twice).
	 */
	void keep(List<Found> found) {
		if (found.isEmpty()) {
			return;
		}
		jdbc.sql("""
				INSERT INTO contact_duplicate_pair (id, contact_a, contact_b, score, reasons, name_similarity, seen_at)
				SELECT f.id, f.a, f.b, f.score, string_to_array(f.reasons, ','), f.similarity, now()
				FROM unnest(CAST(:ids AS uuid[]), CAST(:as AS uuid[]), CAST(:bs AS uuid[]), CAST(:scores AS numeric[]),
				            CAST(:reasons AS text[]), CAST(:similarities AS numeric[])) AS f(id, a, b, score, reasons, similarity)
				ON CONFLICT (contact_a, contact_b) DO UPDATE
				SET score = EXCLUDED.score, reasons = EXCLUDED.reasons, name_similarity = EXCLUDED.name_similarity,
				    seen_at = EXCLUDED.seen_at
				""")
				.param("ids", found.stream().map(f -> Ids.newId()).toArray(UUID[]::new))
				.param("as", found.stream().map(Found::a).toArray(UUID[]::new))
				.param("bs", found.stream().map(Found::b).toArray(UUID[]::new))
				.param("scores", found.stream().map(f -> BigDecimal.valueOf(f.score())).toArray(BigDecimal[]::new))
				.param("reasons", found.stream().map(f -> String.join(",", f.reasons())).toArray(String[]::new))
				.param("similarities", found.stream()
						.map(f -> BigDecimal.valueOf(Math.round(f.nameSimilarity() * 100) / 100.0)).toArray(BigDecimal[]::new))
				.update();
	}

	/**
	 * Removes the pairs in the scan's scope that it did not see since it started, except dismissed
	 * ones: an account's scan only answers for pairs of two of its contacts.
	 */
	int removeUnseen(UUID scanId) {
		return jdbc.sql("""
				DELETE FROM contact_duplicate_pair d USING contact_duplicate_scan s
				WHERE s.id = :scan AND d.dismissed_at IS NULL AND d.seen_at < s.created_at
				  AND (s.account_id IS NULL OR (
				      EXISTS (SELECT 1 FROM contact c WHERE c.id = d.contact_a AND c.account_id = s.account_id)
				      AND EXISTS (SELECT 1 FROM contact c WHERE c.id = d.contact_b AND c.account_id = s.account_id)))
				""").param("scan", scanId).update();
	}

	/** Not dismissed pairs, highest score first, after the position (score, id) if given. */
	List<Stored> queue(@Nullable UUID account, @Nullable String reason, @Nullable BigDecimal afterScore,
			@Nullable UUID afterId, int limit) {
		return jdbc.sql("""
				SELECT d.id, d.contact_a, d.contact_b, d.score, d.reasons, d.name_similarity
				FROM contact_duplicate_pair d
				WHERE d.dismissed_at IS NULL
				  AND (CAST(:account AS uuid) IS NULL OR EXISTS (
				      SELECT 1 FROM contact c WHERE c.id IN (d.contact_a, d.contact_b) AND c.account_id = :account))
				  AND (CAST(:reason AS text) IS NULL OR CAST(:reason AS text) = ANY (d.reasons))
				  AND (CAST(:afterScore AS numeric) IS NULL OR (d.score, d.id) < (CAST(:afterScore AS numeric), :afterId))
				ORDER BY d.score DESC, d.id DESC
				LIMIT :limit
				""").param("account", account).param("reason", reason).param("afterScore", afterScore)
				.param("afterId", afterId).param("limit", limit).query(DuplicatePairStore::stored).list();
	}

	/** The contact's pairs not dismissed, highest score first. */
	List<Stored> of(UUID contactId, int limit) {
		return jdbc.sql("""
				SELECT d.id, d.contact_a, d.contact_b, d.score, d.reasons, d.name_similarity
				FROM contact_duplicate_pair d
				WHERE (d.contact_a = :contact OR d.contact_b = :contact) AND d.dismissed_at IS NULL
				ORDER BY d.score DESC, d.id DESC
				LIMIT :limit
				""").param("contact", contactId).param("limit", limit).query(DuplicatePairStore::stored).list();
	}

	/** Marks the pair "not a duplicate"; false when there is no such pair. */
	boolean dismiss(UUID id, @Nullable UUID by) {
		return jdbc.sql("""
				UPDATE contact_duplicate_pair SET dismissed_at = coalesce(dismissed_at, now()),
				       dismissed_by = coalesce(dismissed_by, :by)
				WHERE id = :id
				""").param("id", id).param("by", by).update() == 1;
	}

	/** The people of the contacts, by id: name, email, phones, account. */
	List<DuplicatePair.Person> people(List<UUID> ids) {
		return jdbc.sql("""
				SELECT c.id, c.first_name || ' ' || c.last_name AS name, c.email, c.account_id, a.name AS account_name,
				       ARRAY(SELECT p.number FROM contact_phone p WHERE p.contact_id = c.id ORDER BY p.position) AS phones
				FROM contact c LEFT JOIN account_directory a ON a.id = c.account_id
				WHERE c.id = ANY (CAST(:ids AS uuid[]))
				""").param("ids", ids.toArray(UUID[]::new))
				.query((rs, n) -> new DuplicatePair.Person(rs.getObject("id", UUID.class), rs.getString("name"),
						rs.getString("email"), texts(rs.getArray("phones")), rs.getObject("account_id", UUID.class),
						rs.getString("account_name")))
				.list();
	}

	private static Stored stored(ResultSet rs, int n) throws SQLException {
		return new Stored(rs.getObject("id", UUID.class), rs.getObject("contact_a", UUID.class),
				rs.getObject("contact_b", UUID.class), rs.getBigDecimal("score"), texts(rs.getArray("reasons")),
				rs.getDouble("name_similarity"));
	}

	private static List<String> texts(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}
}
