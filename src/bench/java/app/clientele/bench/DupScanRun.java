package app.clientele.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 21: a duplicate scan of every contact through {@code POST /api/v1/duplicate-scans}, timed
 * from the request to the scan's DONE (each contact probed with the rules of the check at
 * creation, the pairs written), and how many pairs the queue then holds on its first page.
 */
final class DupScanRun {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Result(double seconds, JsonNode scan, int firstPage) {
	}

	private DupScanRun() {
	}

	static Result run(AppProcess app, String token) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		long start = System.nanoTime();
		HttpResponse<String> started = http.send(HttpRequest.newBuilder(app.uri("/api/v1/duplicate-scans"))
				.header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
		if (started.statusCode() != 202) {
			throw new IllegalStateException("duplicate scan answered " + started.statusCode() + " " + started.body());
		}
		String id = JSON.readTree(started.body()).get("id").asString();
		while (true) {
			Thread.sleep(250);
			JsonNode scan = get(http, app, token, "/api/v1/duplicate-scans/" + id);
			String status = scan.get("status").asString();
			if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
				double seconds = (System.nanoTime() - start) / 1e9;
				if (!status.equals("DONE")) {
					throw new IllegalStateException("duplicate scan ended " + scan);
				}
				int page = get(http, app, token, "/api/v1/duplicate-pairs?limit=200").get("items").size();
				return new Result(seconds, scan, page);
			}
		}
	}

	private static JsonNode get(HttpClient http, AppProcess app, String token, String path) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(app.uri(path))
				.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
		return JSON.readTree(response.body());
	}
}
