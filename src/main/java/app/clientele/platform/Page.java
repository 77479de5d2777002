package app.clientele.platform;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** One page of a list: the items and the cursor of the next page, {@code null} on the last. */
public record Page<T>(List<T> items, @Nullable String next) {

	/**
	 * Builds a page from a query that fetched one row more than the limit: that extra row only
	 * tells that another page exists, and the cursor points after the last row kept.
	 */
	public static <T> Page<T> of(List<T> fetched, int limit, Function<T, Cursor> cursorOf) {
		if (fetched.size() <= limit) {
			return new Page<>(List.copyOf(fetched), null);
		}
		List<T> items = List.copyOf(fetched.subList(0, limit));
		return new Page<>(items, cursorOf.apply(items.getLast()).encode());
	}

	/** Builds a page as {@link #of}, the cursor taken from the sort keys the query read for the last row kept. */
	public static <T> Page<T> keyed(List<Keyed<T>> fetched, int limit) {
		return of(fetched, limit, Keyed::cursor).map(Keyed::item);
	}

	public <R> Page<R> map(Function<? super T, R> mapper) {
		return new Page<>(items.stream().<R>map(mapper).toList(), next);
	}
}
