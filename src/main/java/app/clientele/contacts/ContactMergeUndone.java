package app.clientele.contacts;

import java.util.UUID;

import app.clientele.platform.Actor;

/** A merge was undone: {@code restored} is back with its own fields and what was moved of its history. */
public record ContactMergeUndone(UUID mergeId, UUID survivorId, Contact restored, Actor actor) {
}
