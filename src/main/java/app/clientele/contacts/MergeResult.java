package app.clientele.contacts;

import java.util.Map;
import java.util.UUID;

/** A merge done or previewed: its id (null in a preview), the survivor as it is after, what moved. */
public record MergeResult(@org.jspecify.annotations.Nullable UUID mergeId, Contact survivor, Map<String, Integer> moves,
		String portal) {
}
