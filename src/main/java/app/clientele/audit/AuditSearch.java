package app.clientele.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import app.clientele.platform.Cursor;
import app.clientele.platform.InvalidCursor;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the trail, newest first, and checks its chain. ADMIN only (the API's and console's rules). */
@Service
public class AuditSearch {

	private static final String SELECT = """
			SELECT id, seq, at, actor_kind, actor_id, actor_name, action, target_type, target_id, target_label, ip,
			       details::text AS details
			FROM audit_entry
			WHERE (CAST(:actorId AS uuid) IS NULL OR actor_id = CAST(:actorId AS uuid))
			  AND (CAST(:actorName AS text) IS NULL OR strpos(lower(actor_name), lower(CAST(:actorName AS text))) > 0)
			  AND (CAST(:action AS text) IS NULL OR action = CAST(:action AS text))
			  AND (CAST(:from AS timestamptz) IS NULL OR at >= CAST(:from AS timestamptz))
			  AND (CAST(:to AS timestamptz) IS NULL OR at < CAST(:to AS timestamptz))
			  AND (CAST(:before AS bigint) IS NULL OR seq < CAST(:before AS bigint))
			ORDER BY seq DESC
			""";

	private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	AuditSearch(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** One page of the entries {@code filter} takes, newest first; the cursor is the last entry's seq. */
	@Transactional(readOnly = true)
	public Page<AuditEntry> list(AuditFilter filter, PageRequest page) {
		Cursor after = page.cursor(1);
		Long before = after == null ? null : seq(after);
		List<AuditEntry> entries = query(filter, before).param("limit", page.fetchSize()).query(this::entry).list();
		return Page.of(entries, page.limit(), e -> Cursor.of(Long.toString(e.seq())));
	}

	/** Every entry {@code filter} takes, newest first, handed to {@code each} as it is read (for a file). */
	@Transactional(readOnly = true)
	public void each(AuditFilter filter, Consumer<AuditEntry> each) {
		try (Stream<AuditEntry> entries = query(filter, null).param("limit", null).withFetchSize(500)
				.query(this::entry).stream()) {
			entries.forEach(each);
		}
	}

	private JdbcClient.StatementSpec query(AuditFilter filter, @Nullable Long before) {
		return jdbc.sql(SELECT + "LIMIT :limit").param("actorId", filter.actorId()).param("actorName", filter.actorName())
				.param("action", filter.action() == null ? null : filter.action().name())
				.param("from", filter.from() == null ? null : Timestamp.from(filter.from()))
				.param("to", filter.to() == null ? null : Timestamp.from(filter.to())).param("before", before);
	}

	/**
	 * Walks the whole chain in order of seq: each entry must follow the one before without a gap,
	 * carry its hash as prev_hash, and hash to its own hash; the head row must name the last entry
	 * (else the head's entry, removed or rewritten at the end, is the first broken).
	 */
	@Transactional(readOnly = true)
	public ChainCheck verify() {
		return jdbc.sql("""
				WITH walked AS (
				    SELECT seq, hash,
				           seq <> row_number() OVER w
				           OR prev_hash IS DISTINCT FROM coalesce(lag(hash) OVER w, decode(repeat('00', 32), 'hex'))
				           OR hash IS DISTINCT FROM audit_entry_hash(e) AS broken
				    FROM audit_entry e
				    WINDOW w AS (ORDER BY seq)
				), last AS (SELECT seq, hash FROM walked ORDER BY seq DESC LIMIT 1)
				SELECT (SELECT count(*) FROM walked) AS entries,
				       coalesce((SELECT min(seq) FROM walked WHERE broken),
				                CASE WHEN h.seq <> coalesce((SELECT seq FROM last), 0)
				                       OR h.hash <> coalesce((SELECT hash FROM last), decode(repeat('00', 32), 'hex'))
				                     THEN h.seq END) AS first_broken
				FROM audit_head h WHERE h.id = 1
				""")
				.query((rs, n) -> {
					long broken = rs.getLong("first_broken");
					boolean intact = rs.wasNull();
					return new ChainCheck(rs.getLong("entries"), intact, intact ? null : broken);
				}).single();
	}

	private static long seq(Cursor cursor) {
		try {
			return Long.parseLong(cursor.value(0));
		}
		catch (NumberFormatException e) {
			throw new InvalidCursor();
		}
	}

	private AuditEntry entry(ResultSet rs, int n) throws SQLException {
		return new AuditEntry(rs.getObject("id", UUID.class), rs.getLong("seq"), rs.getTimestamp("at").toInstant(),
				rs.getString("actor_kind"), rs.getObject("actor_id", UUID.class), rs.getString("actor_name"),
				AuditAction.valueOf(rs.getString("action")), rs.getString("target_type"), rs.getString("target_id"),
				rs.getString("target_label"), rs.getString("ip"), json.readValue(rs.getString("details"), DETAILS));
	}
}
