package app.clientele.jobs;

import java.time.Duration;
import java.time.Instant;

import app.clientele.platform.Actor;
import org.jspecify.annotations.Nullable;

/**
 * A background job as stored.
 *
 * @param total how many items the job has, once its handler counted them (null before)
 * @param done items done so far, including those that failed
 * @param failed items that could not be done (listed by {@link Jobs#failures})
 * @param error why the job as a whole failed, as a person reads it
 */
public record Job(JobId id, String kind, JobStatus status, @Nullable Long total, long done, long failed,
		@Nullable String error, Actor startedBy, Instant createdAt, @Nullable Instant startedAt,
		@Nullable Instant finishedAt) {

	/** Percent done, 0 to 100; 0 while the total is unknown. */
	public int percent() {
		if (status == JobStatus.DONE) {
			return 100;
		}
		return total == null || total == 0 ? 0 : (int) Math.min(100, done * 100 / total);
	}

	/** The time left at the pace so far; null when it cannot be told yet. */
	public @Nullable Duration timeLeft(Instant now) {
		if (status != JobStatus.RUNNING || startedAt == null || total == null || done == 0 || done >= total) {
			return null;
		}
		long elapsed = Duration.between(startedAt, now).toMillis();
		return Duration.ofMillis(elapsed * (total - done) / done);
	}
}
