package app.clientele.marketing;

import java.util.List;
import java.util.UUID;

/**
 * Who of a list may get a campaign, and everyone left out with the reason: ARCHIVED, NO_EMAIL
 * (none or invalid), DO_NOT_EMAIL, NOT_OPTED_IN, UNSUBSCRIBED.
 */
public record Audience(List<Eligible> eligible, List<Excluded> excluded) {

	public record Eligible(UUID contactId, String name, String email) {
	}

	public record Excluded(UUID contactId, String name, String reason) {
	}
}
