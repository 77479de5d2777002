package app.clientele.jobs;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What one step of a job did.
 *
 * @param checkpoint where the next step starts (opaque to this module); stored with the step
 * @param done how many items this step went through, the failed ones included
 * @param failed the items of this step that could not be done
 * @param finished whether the job has nothing left to do
 */
public record Chunk(@Nullable String checkpoint, int done, List<JobFailure> failed, boolean finished) {

	public Chunk {
		failed = List.copyOf(failed);
	}

	public static Chunk last(int done, List<JobFailure> failed) {
		return new Chunk(null, done, failed, true);
	}
}
