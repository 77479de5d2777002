package app.clientele.contacts;

import java.util.UUID;

/**
 * The id of a contact where it travels next to ids of other kinds, so that a swap does not compile.
 * On the wire and in URLs it stays the plain UUID string.
 */
public record ContactId(UUID value) {

	public ContactId {
		java.util.Objects.requireNonNull(value, "contact id");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
