package app.clientele.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.clientele.platform.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The job table. Every change to a running job names the attempt of the claim it holds. */
@Component
class JobStore {

	private static final String COLUMNS = """
			id, kind, status, params, total, done, failed, error, attempt, actor_kind, actor_id, actor_name,
			actor_roles, created_at, started_at, finished_at""";

	private final JdbcClient jdbc;

	JobStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(JobId id, String kind, String params, Actor actor, Set<String> roles) {
		jdbc.sql("""
				INSERT INTO job (id, kind, status, params, actor_kind, actor_id, actor_name, actor_roles, created_at,
				                 updated_at)
				VALUES (:id, :kind, 'QUEUED', :params, :actorKind, :actorId, :actorName, :roles, now(), now())
				""").param("id", id.value()).param("kind", kind).param("params", params)
				.param("actorKind", actor.kind().name()).param("actorId", actor.id()).param("actorName", actor.name())
				.param("roles", roles.toArray(String[]::new)).update();
	}

	Optional<Claimed> find(JobId id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM job WHERE id = :id").param("id", id.value())
				.query(JobStore::claimed).optional();
	}

	/** Claims the oldest job waiting: queued, or running with its lease run out (its node died). */
	Optional<Claimed> claim(Duration lease) {
		return jdbc.sql("""
				UPDATE job SET status = 'RUNNING', attempt = attempt + 1, lease_until = now() + :lease * interval '1 second',
				       started_at = coalesce(started_at, now()), updated_at = now()
				WHERE id = (SELECT id FROM job
				            WHERE status = 'QUEUED' OR (status = 'RUNNING' AND lease_until < now())
				            ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
				RETURNING\s""" + COLUMNS).param("lease", lease.toMillis() / 1000.0).query(JobStore::claimed).optional();
	}

	/**
	 * Where the job stands for a step under this claim; empty when the claim is lost (its lease ran
	 * out and another node took the job, or the job ended). Takes no lock: a node that hangs in a
	 * step must not keep another from taking the job over; {@link #advance} decides at the end.
	 * The step's transaction may sit idle for at most the lease (the database then ends it), so a
	 * hanging node also cannot hold the rows its step wrote.
	 */
	Optional<Progress> progress(Claimed job, Duration lease) {
		jdbc.sql("SELECT set_config('idle_in_transaction_session_timeout', :ms, true)")
				.param("ms", String.valueOf(lease.toMillis())).query(String.class).single();
		return jdbc.sql("""
				SELECT checkpoint, total, failed FROM job
				WHERE id = :id AND attempt = :attempt AND status = 'RUNNING'""")
				.param("id", job.id().value()).param("attempt", job.attempt())
				.query((rs, n) -> new Progress(rs.getString("checkpoint"), (Long) rs.getObject("total"),
						rs.getLong("failed"))).optional();
	}

	void total(Claimed job, long total) {
		jdbc.sql("UPDATE job SET total = :total WHERE id = :id AND attempt = :attempt")
				.param("total", total).param("id", job.id().value()).param("attempt", job.attempt()).update();
	}

	/**
	 * Stores a step's outcome and renews the lease, if the claim still holds (answers false when
	 * another node took the job meanwhile: the step must then roll back). The job is DONE when the
	 * step was its last.
	 */
	boolean advance(Claimed job, Chunk chunk, long firstFailure, Duration lease) {
		int updated = jdbc.sql("""
				UPDATE job SET checkpoint = :checkpoint, done = done + :done, failed = failed + :failed, retries = 0,
				       status = CASE WHEN :finished THEN 'DONE' ELSE status END,
				       finished_at = CASE WHEN :finished THEN now() END,
				       lease_until = CASE WHEN :finished THEN NULL ELSE now() + :lease * interval '1 second' END,
				       updated_at = now()
				WHERE id = :id AND attempt = :attempt AND status = 'RUNNING'""")
				.param("checkpoint", chunk.checkpoint()).param("done", chunk.done()).param("failed", chunk.failed().size())
				.param("finished", chunk.finished()).param("lease", lease.toMillis() / 1000.0)
				.param("id", job.id().value()).param("attempt", job.attempt()).update();
		if (updated == 0) {
			return false;
		}
		long seq = firstFailure;
		for (JobFailure f : chunk.failed()) {
			jdbc.sql("INSERT INTO job_failure (job_id, seq, subject_id, reason) VALUES (:job, :seq, :subject, :reason)")
					.param("job", job.id().value()).param("seq", seq++).param("subject", f.subjectId())
					.param("reason", f.reason()).update();
		}
		return true;
	}

	/**
	 * A step could not run: the job waits {@code pause} and is tried again, by any node, until it
	 * has failed {@code maxRetries} times in a row; then it is FAILED with {@code error}.
	 */
	void stepFailed(Claimed job, String error, int maxRetries, Duration pause) {
		jdbc.sql("""
				UPDATE job SET retries = retries + 1,
				       status = CASE WHEN retries + 1 >= :max THEN 'FAILED' ELSE status END,
				       error = CASE WHEN retries + 1 >= :max THEN :error END,
				       finished_at = CASE WHEN retries + 1 >= :max THEN now() END,
				       lease_until = now() + :pause * interval '1 second', updated_at = now()
				WHERE id = :id AND attempt = :attempt AND status = 'RUNNING'""")
				.param("max", maxRetries).param("error", error).param("pause", pause.toMillis() / 1000.0)
				.param("id", job.id().value()).param("attempt", job.attempt()).update();
	}

	/** Lets a claim go (the node is stopping): the job is at once free for any node. */
	void release(Claimed job) {
		jdbc.sql("UPDATE job SET lease_until = now() WHERE id = :id AND attempt = :attempt AND status = 'RUNNING'")
				.param("id", job.id().value()).param("attempt", job.attempt()).update();
	}

	List<JobFailure> failures(JobId id, int limit) {
		return jdbc.sql("SELECT subject_id, reason FROM job_failure WHERE job_id = :id ORDER BY seq LIMIT :limit")
				.param("id", id.value()).param("limit", limit)
				.query((rs, n) -> new JobFailure(rs.getObject("subject_id", UUID.class), rs.getString("reason"))).list();
	}

	/** A job with the claim attempt it was read at and the roles of who started it. */
	record Claimed(Job job, String params, int attempt, Set<String> roles) {

		JobId id() {
			return job.id();
		}
	}

	/** Where a job stands: the next chunk's start, its total once counted, its failures so far. */
	record Progress(@Nullable String checkpoint, @Nullable Long total, long failed) {
	}

	private static Claimed claimed(ResultSet rs, int n) throws SQLException {
		Actor actor = new Actor(Actor.Kind.valueOf(rs.getString("actor_kind")), rs.getObject("actor_id", UUID.class),
				rs.getString("actor_name"));
		Job job = new Job(new JobId(rs.getObject("id", UUID.class)), rs.getString("kind"),
				JobStatus.valueOf(rs.getString("status")), (Long) rs.getObject("total"), rs.getLong("done"),
				rs.getLong("failed"), rs.getString("error"), actor, rs.getTimestamp("created_at").toInstant(),
				instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")));
		Set<String> roles = Set.of((String[]) rs.getArray("actor_roles").getArray());
		return new Claimed(job, rs.getString("params"), rs.getInt("attempt"), roles);
	}

	private static @Nullable Instant instant(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
