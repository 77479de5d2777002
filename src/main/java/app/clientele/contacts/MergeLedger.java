package app.clientele.contacts;

import java.util.Collection;
import java.util.List;
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
}
