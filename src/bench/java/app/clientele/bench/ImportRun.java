package app.clientele.bench;

import java.io.BufferedWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 20: a file of {@code rows} contacts imported through {@code POST /api/v1/imports/contacts},
 * first as a dry run, then for real, each timed from the first byte of the upload to the import's
 * DONE (upload, reading, every row through the contacts' create rules, outcomes). The file is
 * generated like the data set: new people under the data set's accounts (by account number), 2 %
 * bad rows (a phone that is no phone), 5 % duplicates of people on record (their email and name
 * under their account), so the duplicate rules skip them.
 */
final class ImportRun {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Result(double dryRunSeconds, double importSeconds, long rows, JsonNode dryRun, JsonNode imported) {
	}

	private ImportRun() {
	}

	static Result run(AppProcess app, String token, Dataset data, int rows, Path dir) throws Exception {
		Path file = dir.resolve("import.csv");
		write(file, data, rows);
		long start = System.nanoTime();
		JsonNode dry = importFile(app, token, file, true);
		double drySeconds = (System.nanoTime() - start) / 1e9;
		start = System.nanoTime();
		JsonNode real = importFile(app, token, file, false);
		return new Result(drySeconds, (System.nanoTime() - start) / 1e9, rows, dry, real);
	}

	static void write(Path file, Dataset data, int rows) throws Exception {
		SplittableRandom random = new SplittableRandom(data.seed + 20);
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("First name,Last name,E-mail,Mobile,Job title,Tags,Account number\r\n");
			for (int i = 0; i < rows; i++) {
				if (i % 20 == 1 && !data.sample.isEmpty()) {
					Dataset.Person p = data.sample.get(random.nextInt(data.sample.size()));
					out.write(p.firstName() + "," + p.lastName() + "," + p.email() + ",,,," + number(p.account()) + "\r\n");
					continue;
				}
				int account = random.nextInt(data.accounts);
				String first = People.firstName(random);
				String last = People.lastName(random);
				String email = People.mailbox(first) + "." + People.mailbox(last) + ".i" + i + "@" + data.accountDomains[account];
				String phone = i % 50 == 3 ? "12" : "";
				out.write(first + "," + last + "," + email + "," + phone + ",Buyer,imported;2026," + number(account) + "\r\n");
			}
		}
	}

	private static String number(int account) {
		return "C%07d".formatted(account + 1);
	}

	private static JsonNode importFile(AppProcess app, String token, Path file, boolean dryRun) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		String boundary = "----bench" + System.nanoTime();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\n" + dryRun + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"import.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n";
		HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
				HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
		HttpResponse<String> started = http.send(HttpRequest.newBuilder(app.uri("/api/v1/imports/contacts"))
				.header("Authorization", "Bearer " + token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.timeout(Duration.ofMinutes(30)).POST(body).build(), HttpResponse.BodyHandlers.ofString());
		if (started.statusCode() != 202) {
			throw new IllegalStateException("import answered " + started.statusCode() + " " + started.body());
		}
		String id = JSON.readTree(started.body()).get("id").asString();
		while (true) {
			Thread.sleep(500);
			HttpResponse<String> state = http.send(HttpRequest.newBuilder(app.uri("/api/v1/imports/" + id))
					.header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
			JsonNode json = JSON.readTree(state.body());
			String status = json.get("status").asString();
			if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
				((tools.jackson.databind.node.ObjectNode) json).remove(java.util.List.of("errors", "duplicates", "mapping"));
				return json;
			}
		}
	}
}
