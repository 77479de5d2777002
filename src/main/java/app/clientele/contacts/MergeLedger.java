package app.clientele.contacts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each {@link ContactMergeStep} writes down what it moved under a merge, by a key of its
 * own (a row id, a list id), and reads it back to undo. Kept by contacts so that no module needs
 * a table of its own for it, and no module reads another's.
 */
@Component
public class MergeLedger {

	private final JdbcClient jdbc;

	MergeLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(UUID mergeId, String kind, Collection<?> keys) {
		for (Object key : keys) {
			jdbc.sql("INSERT INTO contact_merge_row (merge_id, kind, row_key) VALUES (:m, :k, :r) ON CONFLICT DO NOTHING")
					.param("m", mergeId).param("k", kind).param("r", key.toString()).update();
		}
	}

	public List<String> recorded(UUID mergeId, String kind) {
		return jdbc.sql("SELECT row_key FROM contact_merge_row WHERE merge_id = :m AND kind = :k ORDER BY row_key")
				.param("m", mergeId).param("k", kind).query(String.class).list();
	}

	public List<UUID> recordedIds(UUID mergeId, String kind) {
		return recorded(mergeId, kind).stream().map(UUID::fromString).toList();
	}

	/**
	 * Writes down a row as it was before the merge changed it or let it go with the merged-away
	 * contact: {@code state} is the row as JSON (PostgreSQL's {@code to_jsonb}), which the module
	 * reads back with {@link #states} to put the row back as it was.
	 */
	public void recordState(UUID mergeId, String kind, String key, String state) {
		jdbc.sql("""
				INSERT INTO contact_merge_row (merge_id, kind, row_key, state) VALUES (:m, :k, :r, CAST(:s AS jsonb))
				ON CONFLICT (merge_id, kind, row_key) DO UPDATE SET state = EXCLUDED.state
				""").param("m", mergeId).param("k", kind).param("r", key).param("s", state).update();
	}

	/** The states written down under the kind, by key. */
	public Map<String, String> states(UUID mergeId, String kind) {
		Map<String, String> states = new LinkedHashMap<>();
		jdbc.sql("SELECT row_key, state::text FROM contact_merge_row WHERE merge_id = :m AND kind = :k AND state IS NOT NULL "
				+ "ORDER BY row_key").param("m", mergeId).param("k", kind)
				.query(rs -> {
					states.put(rs.getString(1), rs.getString(2));
				});
		return states;
	}
}
