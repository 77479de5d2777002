package app.clientele.contacts;

import java.util.List;

import app.clientele.platform.Actor;

/** Fields of a contact were changed. */
public record ContactUpdated(Contact before, Contact after, List<FieldChange> changes, Actor actor) {

	public boolean changed(String field) {
		return changes.stream().anyMatch(c -> c.field().equals(field));
	}
}
