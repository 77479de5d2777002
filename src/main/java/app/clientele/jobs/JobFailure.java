package app.clientele.jobs;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One item a job could not do.
 *
 * @param subjectId the record it concerns (a contact), when there is one
 * @param reason why, as a person reads it
 */
public record JobFailure(@Nullable UUID subjectId, String reason) {
}
