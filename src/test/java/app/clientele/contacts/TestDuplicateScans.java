package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.clientele.Api;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Duplicate scans through the API for tests: run one to its end, read the queue whole. */
final class TestDuplicateScans {

	private final Api api;

	TestDuplicateScans(Api api) {
		this.api = api;
	}

	/** Starts a scan (of one account when given) and waits until it has ended; its last status. */
	JsonNode run(@Nullable String accountId) {
		Api.Response started = api.post("/api/v1/duplicate-scans", accountId == null ? Map.of() : Map.of("accountId", accountId));
		assertThat(started.status()).as(started.text()).isEqualTo(202);
		String id = started.id();
		return org.awaitility.Awaitility.await("scan " + id + " to end").atMost(java.time.Duration.ofSeconds(60))
				.pollInterval(java.time.Duration.ofMillis(100))
				.until(() -> api.get("/api/v1/duplicate-scans/" + id).json(),
						scan -> !scan.get("status").asString().matches("QUEUED|RUNNING"));
	}

	/** Every pair the queue lists for the account, page after page. */
	List<JsonNode> pairs(String accountId) {
		List<JsonNode> pairs = new ArrayList<>();
		String after = "";
		do {
			JsonNode page = api.get("/api/v1/duplicate-pairs?limit=2&accountId=" + accountId + after).json();
			page.get("items").forEach(pairs::add);
			JsonNode next = page.get("next");
			after = next == null || next.isNull() ? null : "&after=" + next.asString();
		}
		while (after != null);
		return pairs;
	}

	/** "other score reasons" of each listed pair of the contact, as the check at creation words its candidates. */
	static List<String> seenFrom(String contactId, List<JsonNode> pairs) {
		return pairs.stream().filter(p -> p.get("contactIds").toString().contains(contactId))
				.map(p -> other(p, contactId) + " " + p.get("score").asDouble() + " " + p.get("reasons")).toList();
	}

	private static String other(JsonNode pair, String contactId) {
		String a = pair.get("contactIds").get(0).asString();
		return a.equals(contactId) ? pair.get("contactIds").get(1).asString() : a;
	}
}
