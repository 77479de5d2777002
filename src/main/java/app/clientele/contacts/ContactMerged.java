package app.clientele.contacts;

import java.util.List;
import java.util.UUID;

import app.clientele.platform.Actor;

/** {@code other} was merged into {@code survivor}; both are as they were before the merge, {@code after} as it is now. */
public record ContactMerged(UUID mergeId, Contact survivor, Contact other, Contact after, Actor actor) {

	/** The fields in which the two sides differed: old value the survivor's, new value the other's. */
	public List<FieldChange> differences() {
		return FieldChanges.between(survivor, other);
	}
}
