package app.clientele.jobs;

import org.jspecify.annotations.Nullable;

/**
 * Does the work of one kind of job, a chunk at a time. A module that has long work implements
 * this as a bean; {@link Jobs#submit} names the kind.
 * <p>
 * Each call of {@link #next} runs in a transaction that also stores the chunk's checkpoint and
 * counts: write the chunk's work with the same {@code DataSource} (JdbcClient) and it commits
 * with the checkpoint or not at all. A chunk should take about a second: the job's lease is
 * renewed between chunks, and a chunk that outlives the lease is rolled back (another node has
 * taken the job over by then). Items that cannot be done are reported as {@link Chunk#failed};
 * an exception means the chunk could not run at all (it is tried again, a few times, before the
 * job fails).
 */
public interface JobHandler {

	String kind();

	/** How many items the job has; called once, before the first chunk. */
	long total(JobContext job);

	/** Does the chunk that starts at {@code checkpoint} (null: the beginning). */
	Chunk next(JobContext job, @Nullable String checkpoint);
}
