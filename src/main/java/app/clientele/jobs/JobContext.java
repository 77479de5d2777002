package app.clientele.jobs;

import app.clientele.platform.Actor;

/**
 * What a handler knows of the job it works on.
 *
 * @param params the parameters the job was submitted with, as the JSON text the handler wrote
 * @param startedBy who submitted it; each chunk runs signed in as them, with the roles they had
 */
public record JobContext(JobId id, String kind, String params, Actor startedBy) {
}
