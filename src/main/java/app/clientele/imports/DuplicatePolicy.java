package app.clientele.imports;

/**
 * What an import does with a row that looks like a contact on record (the duplicate rules of a
 * single create): leave the contact alone, update it, or create the row anyway as a create
 * confirmed by staff would (never under the same email in the same account).
 */
public enum DuplicatePolicy {
	SKIP, UPDATE, CREATE
}
