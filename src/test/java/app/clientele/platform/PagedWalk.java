package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import app.clientele.Api;
import tools.jackson.databind.JsonNode;

/** Walks every page of a list as a client does, following {@code next}: the ids in the order the pages gave them. */
final class PagedWalk {

	private PagedWalk() {
	}

	/** Walks at most {@code maxPages}: a list whose cursor leads back fails instead of walking for ever. */
	static List<String> ids(Api api, String path, int limit, int maxPages) {
		List<String> ids = new ArrayList<>();
		String next = null;
		for (int page = 0; page < maxPages; page++) {
			String url = path + (path.contains("?") ? "&" : "?") + "limit=" + limit
					+ (next == null ? "" : "&after=" + Api.q(next));
			var answer = api.get(url);
			assertThat(answer.status()).as("%s: %s", url, answer).isEqualTo(200);
			JsonNode body = answer.json();
			assertThat(body.get("items").size()).as(url).isLessThanOrEqualTo(limit);
			body.get("items").forEach(item -> ids.add((item.has("id") ? item.get("id") : item.get("contactId")).asString()));
			if (body.get("next").isNull()) {
				return ids;
			}
			next = body.get("next").asString();
		}
		throw new AssertionError(path + " did not end within " + maxPages + " pages: " + ids);
	}
}
