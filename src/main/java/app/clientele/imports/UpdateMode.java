package app.clientele.imports;

/**
 * How {@link DuplicatePolicy#UPDATE} updates: FILL sets only the fields the contact lacks (and adds
 * phones and tags it does not have); OVERWRITE replaces each field the row has a value for. An
 * empty cell never erases a value.
 */
public enum UpdateMode {
	FILL, OVERWRITE
}
