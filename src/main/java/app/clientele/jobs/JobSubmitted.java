package app.clientele.jobs;

import app.clientele.platform.Actor;

/** A background job was queued by {@code startedBy}, of a kind some module handles, with its parameters (JSON). */
public record JobSubmitted(JobId id, String kind, String params, Actor startedBy) {
}
