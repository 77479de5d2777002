package app.clientele.contacts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A scan for duplicates on record and how far it got.
 *
 * @param accountId the account it scans, null for every contact
 * @param status the job's status (QUEUED, RUNNING, DONE, FAILED)
 * @param progress percent done, 0 to 100
 */
public record DuplicateScan(UUID id, @Nullable UUID accountId, String status, int progress, boolean finished) {
}
