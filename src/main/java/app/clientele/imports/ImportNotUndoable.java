package app.clientele.imports;

import app.clientele.platform.RuleViolation;

/** An import that cannot be undone (any more): a dry run, undone already, still running, or too old. */
public class ImportNotUndoable extends RuleViolation {

	public ImportNotUndoable(String reason) {
		super("import-not-undoable", "Import cannot be undone", reason);
	}

}
