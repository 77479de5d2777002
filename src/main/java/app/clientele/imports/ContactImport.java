package app.clientele.imports;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import app.clientele.jobs.JobId;
import org.jspecify.annotations.Nullable;

/**
 * An import as recorded: of which upload, how it runs, and what it did so far (the counts move
 * with each chunk; how far it is and whether it runs is its job's).
 *
 * @param failed rows that could not be imported (listed with their problems)
 * @param welcomeEmails contacts created that get a welcome email, or would get one if staff turn
 *        them on (a dry run counts them for the question)
 */
public record ContactImport(UUID id, UUID uploadId, JobId jobId, @Nullable JobId undoJobId, String fileName,
		int rowsTotal, boolean dryRun, ImportOptions options, int created, int updated, int skipped, int failed,
		int welcomeEmails, @Nullable UUID startedBy, String startedByName, Instant createdAt,
		@Nullable Instant undoneAt) {

	/** How long after it an import can be undone. */
	public static final java.time.Duration UNDO_WINDOW = java.time.Duration.ofDays(7);

	public Map<String, String> mapping() {
		return options.mapping();
	}

	public boolean undoable(Instant now) {
		return !dryRun && undoneAt == null && undoJobId == null && now.isBefore(createdAt.plus(UNDO_WINDOW));
	}
}
