package app.clientele.imports;

import java.time.Duration;

import app.clientele.jobs.Job;
import org.jspecify.annotations.Nullable;

/**
 * An import with how far it is: its record, its status and the rows done so far.
 *
 * @param timeLeft at the pace so far, while it runs
 * @param undoJob the undo's job, once staff asked for it
 */
public record ImportProgress(ContactImport record, ImportStatus status, long rowsDone, int percent,
		@Nullable Duration timeLeft, @Nullable String error, @Nullable Job undoJob) {
}
