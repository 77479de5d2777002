package app.clientele.contacts;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** What a merge's steps moved, per kind ("activity", "emails"...), and what became of portal access. */
public final class MergeMoves {

	private final Map<String, Integer> counts = new LinkedHashMap<>();
	private @Nullable String portal;

	public void count(String kind, int moved) {
		counts.merge(kind, moved, Integer::sum);
	}

	/** Says, for people, what the merge does to portal access. */
	public void portal(String what) {
		this.portal = what;
	}

	public Map<String, Integer> counts() {
		return Map.copyOf(counts);
	}

	public String portal() {
		return portal == null ? "Neither contact has portal access." : portal;
	}
}
