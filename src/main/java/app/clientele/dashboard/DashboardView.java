package app.clientele.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.activity.ActivityEntry;
import app.clientele.platform.Page;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard as one role sees it: only the attention items the role may act on; every text is
 * a message key of {@code i18n/dashboard.properties}.
 */
public record DashboardView(List<Attention> attention, Chart funnel, Chart outreach, Page<Recent> recent) {

	/** Whether the role has anything to act on here at all. */
	public boolean actsOnAnything() {
		return !attention.isEmpty();
	}

	/** Something that waits for someone, with the list it comes from. */
	public record Attention(String key, long count, String link) {
	}

	/** A bar chart: each bar's share is of {@code total}. */
	public record Chart(String key, long total, List<Bar> bars) {
	}

	/** One bar, with the list behind it when one exists. */
	public record Bar(String key, long count, @Nullable String link, long total) {

		/** The bar's length in percent of the chart's total (at least a sliver when it counts anyone). */
		public String width() {
			if (total == 0 || count == 0) {
				return "0";
			}
			return String.valueOf(Math.max(0.5, Math.round(1000.0 * count / total) / 10.0));
		}

		/** The share in whole percent, for the words beside the bar. */
		public long percent() {
			return total == 0 ? 0 : Math.round(100.0 * count / total);
		}
	}

	/** A timeline entry of some contact, with that contact's name (the page words it as the timeline does). */
	public record Recent(UUID entryId, UUID contactId, String contactName, Instant at, String actor, String type,
			Map<String, Object> details, ActivityEntry entry) {
	}
}
