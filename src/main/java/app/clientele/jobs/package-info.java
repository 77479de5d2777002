/**
 * Background jobs: the one machinery for long work (imports, bulk actions, duplicate scans).
 * A module contributes a {@link app.clientele.jobs.JobHandler} for its kind of job and submits
 * jobs through {@link app.clientele.jobs.Jobs}; this module stores them, runs them on any node in
 * chunks, survives a crash or restart (the next claim continues from the last committed
 * checkpoint, never redoing a chunk), and shows their progress to the staff member who started
 * them (API {@code /api/v1/jobs/{id}}, console {@code /jobs/{id}}).
 * <p>
 * Tables: job, job_failure (checked by {@code TableOwnershipTests}; no other module names them in
 * SQL).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Jobs")
package app.clientele.jobs;

import org.jspecify.annotations.NullMarked;
