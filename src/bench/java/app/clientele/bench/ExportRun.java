package app.clientele.bench;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Every contact as one CSV ({@code GET /api/v1/contacts/export.csv}, no filter), read as a client
 * downloads it: timed from the request to the last byte, the rows counted, while the RSS sampler
 * watches the app (the export streams: its memory must not grow with the contacts).
 */
final class ExportRun {

	record Result(double seconds, long rows, long bytes) {
	}

	private ExportRun() {
	}

	static Result run(AppProcess app, String token) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		long start = System.nanoTime();
		HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(app.uri("/api/v1/contacts/export.csv"))
				.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofInputStream());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("export answered " + response.statusCode());
		}
		long lines = 0;
		long bytes = 0;
		byte[] buffer = new byte[64 * 1024];
		try (InputStream body = response.body()) {
			for (int n; (n = body.read(buffer)) >= 0;) {
				bytes += n;
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
			}
		}
		// Each record ends with CRLF; a line break inside a quoted note would count too, and the
		// generated contacts have none.
		return new Result((System.nanoTime() - start) / 1e9, lines - 1, bytes);
	}
}
