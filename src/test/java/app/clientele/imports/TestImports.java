package app.clientele.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import app.clientele.Api;
import tools.jackson.databind.JsonNode;

/** Uploads a file through the API and waits for the import to finish. */
final class TestImports {

	static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final Api api;

	TestImports(Api api) {
		this.api = api;
	}

	static byte[] bytes(String text, Charset charset, boolean bom) {
		byte[] body = text.getBytes(charset);
		if (!bom) {
			return body;
		}
		byte[] all = new byte[BOM.length + body.length];
		System.arraycopy(BOM, 0, all, 0, BOM.length);
		System.arraycopy(body, 0, all, BOM.length, body.length);
		return all;
	}

	Api.Response start(String fileName, byte[] content, String... fields) {
		Map<String, String> parts = new HashMap<>();
		for (int i = 0; i < fields.length; i += 2) {
			parts.put(fields[i], fields[i + 1]);
		}
		return api.upload("/api/v1/imports/contacts", fileName, content, parts);
	}

	/** Starts the import and answers it once it has finished. */
	JsonNode run(String csv, String... fields) {
		return run("contacts.csv", csv.getBytes(StandardCharsets.UTF_8), fields);
	}

	JsonNode run(String fileName, byte[] content, String... fields) {
		Api.Response started = start(fileName, content, fields);
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		return finished(started.id());
	}

	JsonNode finished(String id) {
		return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
				.until(() -> api.get("/api/v1/imports/" + id).json(),
						j -> !j.get("status").asString().equals("QUEUED") && !j.get("status").asString().equals("RUNNING"));
	}

	JsonNode undone(String id) {
		return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
				.until(() -> api.get("/api/v1/imports/" + id).json(), j -> j.get("status").asString().equals("UNDONE"));
	}
}
