package app.clientele.accounts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The id of an account where it travels next to ids of other kinds, so that a swap does not compile.
 * On the wire and in URLs it stays the plain UUID string.
 */
public record AccountId(UUID value) {

	public AccountId {
		java.util.Objects.requireNonNull(value, "account id");
	}

	/** The id of an optional account (null: none). */
	public static @Nullable AccountId ofNullable(@Nullable UUID value) {
		return value == null ? null : new AccountId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
