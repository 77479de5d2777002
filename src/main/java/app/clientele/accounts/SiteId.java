package app.clientele.accounts;

import java.util.UUID;

/**
 * The id of a site where it travels next to ids of other kinds, so that a swap does not compile.
 * On the wire and in URLs it stays the plain UUID string.
 */
public record SiteId(UUID value) {

	public SiteId {
		java.util.Objects.requireNonNull(value, "site id");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
