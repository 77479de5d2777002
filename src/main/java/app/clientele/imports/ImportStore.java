package app.clientele.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.clientele.jobs.JobId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Imports and their rows' outcomes (tables contact_import, contact_import_outcome). */
@Repository
class ImportStore {

	private static final String SELECT = """
			SELECT i.*, u.file_name, u.rows FROM contact_import i JOIN contact_import_upload u ON u.id = i.upload_id
			""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ImportStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(UUID id, UUID uploadId, JobId jobId, ImportOptions o, @Nullable UUID by, String byName, Instant at) {
		jdbc.sql("""
				INSERT INTO contact_import (id, upload_id, job_id, dry_run, on_duplicate, update_mode, mapping,
				    create_missing_accounts, send_welcome_emails, started_by, started_by_name, created_at)
				VALUES (:id, :upload, :job, :dry, :onDuplicate, :mode, CAST(:mapping AS jsonb), :create, :welcome, :by,
				    :byName, :at)
				""").param("id", id).param("upload", uploadId).param("job", jobId.value()).param("dry", o.dryRun())
				.param("onDuplicate", o.onDuplicate().name()).param("mode", o.updateMode().name())
				.param("mapping", json.writeValueAsString(o.mapping())).param("create", o.createMissingAccounts())
				.param("welcome", o.sendWelcomeEmails()).param("by", by).param("byName", byName)
				.param("at", Timestamp.from(at)).update();
	}

	Optional<ContactImport> find(UUID id) {
		return jdbc.sql(SELECT + " WHERE i.id = :id").param("id", id).query(this::row).optional();
	}

	Optional<ContactImport> byJob(JobId jobId) {
		return jdbc.sql(SELECT + " WHERE i.job_id = :job OR i.undo_job_id = :job").param("job", jobId.value())
				.query(this::row).optional();
	}

	/** The real (not dry) import of the upload, if it was imported. */
	Optional<UUID> importedFor(UUID uploadId) {
		return jdbc.sql("SELECT id FROM contact_import WHERE upload_id = :u AND NOT dry_run").param("u", uploadId)
				.query(UUID.class).optional();
	}

	/** Newest first; {@code startedBy} null lists everyone's. */
	List<ContactImport> list(@Nullable UUID startedBy, int limit) {
		return jdbc.sql(SELECT + """
				 WHERE CAST(:by AS uuid) IS NULL OR i.started_by = :by ORDER BY i.created_at DESC, i.id DESC LIMIT :limit
				""").param("by", startedBy).param("limit", limit).query(this::row).list();
	}

	/** Adds a chunk's outcomes and counts, in the chunk's transaction. */
	void record(UUID importId, List<RowOutcome> outcomes) {
		if (!outcomes.isEmpty()) {
			jdbc.sql("""
					INSERT INTO contact_import_outcome (import_id, row_no, outcome, contact_id, problems, duplicates,
					    before, after)
					SELECT :import, o.row_no, o.outcome, o.contact_id, CAST(o.problems AS jsonb),
					    CAST(o.duplicates AS jsonb), CAST(o.before AS jsonb), CAST(o.after AS jsonb)
					FROM unnest(CAST(:rows AS integer[]), CAST(:outcomes AS text[]), CAST(:contacts AS uuid[]),
					    CAST(:problems AS text[]), CAST(:duplicates AS text[]), CAST(:befores AS text[]),
					    CAST(:afters AS text[])) AS o(row_no, outcome, contact_id, problems, duplicates, before, after)
					""").param("import", importId)
					.param("rows", outcomes.stream().map(RowOutcome::rowNo).toArray(Integer[]::new))
					.param("outcomes", outcomes.stream().map(o -> o.kind().name()).toArray(String[]::new))
					.param("contacts", outcomes.stream().map(RowOutcome::contactId).toArray(UUID[]::new))
					.param("problems", outcomes.stream().map(o -> jsonOrNull(o.problems())).toArray(String[]::new))
					.param("duplicates", outcomes.stream().map(o -> jsonOrNull(o.duplicates())).toArray(String[]::new))
					.param("befores", outcomes.stream().map(o -> jsonOrNull(o.before())).toArray(String[]::new))
					.param("afters", outcomes.stream().map(o -> jsonOrNull(o.after())).toArray(String[]::new)).update();
		}
		jdbc.sql("""
				UPDATE contact_import SET created = created + :c, updated = updated + :u, skipped = skipped + :s,
				    failed = failed + :f, welcome_emails = welcome_emails + :w WHERE id = :id
				""").param("id", importId).param("c", count(outcomes, RowOutcome.Kind.CREATED))
				.param("u", count(outcomes, RowOutcome.Kind.UPDATED)).param("s", count(outcomes, RowOutcome.Kind.SKIPPED))
				.param("f", count(outcomes, RowOutcome.Kind.FAILED))
				.param("w", outcomes.stream().filter(RowOutcome::welcome).count()).update();
	}

	private static long count(List<RowOutcome> outcomes, RowOutcome.Kind kind) {
		return outcomes.stream().filter(o -> o.kind() == kind).count();
	}

	private @Nullable String jsonOrNull(@Nullable Object values) {
		boolean empty = values == null || values instanceof List<?> list && list.isEmpty();
		return empty ? null : json.writeValueAsString(values);
	}

	/** Imports (not dry runs, not undone) since {@code since} with rows that could not be imported. */
	long withProblems(Instant since) {
		return jdbc.sql("""
				SELECT count(*) FROM contact_import
				WHERE NOT dry_run AND undone_at IS NULL AND failed > 0 AND created_at >= :since
				""").param("since", Timestamp.from(since)).query(Long.class).single();
	}

	/** Records the undo's job unless another undo took the import first (or it is undone): answers whether it did. */
	boolean undoStarted(UUID id, JobId undoJob, @Nullable JobId failedBefore) {
		return jdbc.sql("""
				UPDATE contact_import SET undo_job_id = :job
				WHERE id = :id AND undone_at IS NULL AND undo_job_id IS NOT DISTINCT FROM CAST(:before AS uuid)
				""").param("id", id).param("job", undoJob.value())
				.param("before", failedBefore == null ? null : failedBefore.value()).update() == 1;
	}

	void undone(UUID id, Instant at) {
		jdbc.sql("UPDATE contact_import SET undone_at = :at WHERE id = :id").param("id", id)
				.param("at", Timestamp.from(at)).update();
	}

	private ContactImport row(ResultSet rs, int n) throws SQLException {
		Map<String, String> mapping = json.readValue(rs.getString("mapping"), new TypeReference<Map<String, String>>() {
		});
		UUID undoJob = rs.getObject("undo_job_id", UUID.class);
		Timestamp undone = rs.getTimestamp("undone_at");
		ImportOptions options = new ImportOptions(rs.getBoolean("dry_run"),
				DuplicatePolicy.valueOf(rs.getString("on_duplicate")), UpdateMode.valueOf(rs.getString("update_mode")),
				mapping, rs.getBoolean("create_missing_accounts"), rs.getBoolean("send_welcome_emails"));
		return new ContactImport(rs.getObject("id", UUID.class), rs.getObject("upload_id", UUID.class),
				new JobId(rs.getObject("job_id", UUID.class)), undoJob == null ? null : new JobId(undoJob),
				rs.getString("file_name"), rs.getInt("rows"), options.dryRun(), options, rs.getInt("created"),
				rs.getInt("updated"), rs.getInt("skipped"), rs.getInt("failed"), rs.getInt("welcome_emails"),
				rs.getObject("started_by", UUID.class), rs.getString("started_by_name"),
				rs.getTimestamp("created_at").toInstant(), undone == null ? null : undone.toInstant());
	}
}
