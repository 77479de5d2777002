package app.clientele.platform;

import org.jspecify.annotations.Nullable;

/**
 * {@code ?limit=&after=} of a list request, checked: limit 1 to {@value #MAX_LIMIT}
 * (default {@value #DEFAULT_LIMIT}), after an opaque cursor or absent.
 */
public record PageRequest(int limit, @Nullable String after) {

	public static final int DEFAULT_LIMIT = 50;
	public static final int MAX_LIMIT = 200;

	public static PageRequest of(@Nullable Integer limit, @Nullable String after) {
		int l = limit == null ? DEFAULT_LIMIT : limit;
		if (l < 1 || l > MAX_LIMIT) {
			throw new InvalidInput("limit", "must be between 1 and " + MAX_LIMIT);
		}
		return new PageRequest(l, after == null || after.isBlank() ? null : after);
	}

	public static PageRequest first(int limit) {
		return new PageRequest(limit, null);
	}

	public @Nullable Cursor cursor(int expectedValues) {
		return after == null ? null : Cursor.decode(after, expectedValues);
	}

	/** The number of rows to fetch: one more than the limit, to learn whether a next page exists. */
	public int fetchSize() {
		return limit + 1;
	}
}
