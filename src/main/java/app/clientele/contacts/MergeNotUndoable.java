package app.clientele.contacts;

import java.util.UUID;

import app.clientele.platform.RuleViolation;

/** A merge that can no longer be undone, with the reason. */
public class MergeNotUndoable extends RuleViolation {

	public MergeNotUndoable(UUID mergeId, String reason) {
		super("merge-not-undoable", "Merge cannot be undone", "Merge " + mergeId + " cannot be undone: " + reason + ".");
		property("reason", reason);
	}
}
