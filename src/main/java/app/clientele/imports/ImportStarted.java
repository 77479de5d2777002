package app.clientele.imports;

import java.util.UUID;

import app.clientele.platform.Actor;

/** An import of an uploaded file was started (a dry run changes nothing but is started all the same). */
public record ImportStarted(UUID importId, String fileName, int rows, boolean dryRun, DuplicatePolicy onDuplicate,
		Actor actor) {
}
