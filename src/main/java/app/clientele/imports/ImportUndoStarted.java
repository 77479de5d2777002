package app.clientele.imports;

import java.util.UUID;

import app.clientele.platform.Actor;

/** Undoing an import was started (or started again after an undo that stopped). */
public record ImportUndoStarted(UUID importId, String fileName, boolean retry, Actor actor) {
}
