package app.clientele.imports;

import app.clientele.platform.RuleViolation;

/** The upload was imported for real already: a second run would create its rows again. */
public class AlreadyImported extends RuleViolation {

	public AlreadyImported() {
		super("import-already-run", "Already imported", "This file was imported already; open that import to see "
				+ "or undo it, or upload the file again to import it again.");
	}
}
