package app.clientele.fields;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;

/**
 * Defines custom fields for a test through the API, each with a key of its own (keys are never
 * reused), and deletes them afterwards: the fields are global, and a required field left alive
 * would refuse every other test's contacts.
 */
public final class TestCustomFields {

	private final Api admin;
	private final List<String> defined = new ArrayList<>();

	public TestCustomFields(Api admin) {
		this.admin = admin;
	}

	/** Defines a field of {@code entity} and type; {@code more} are further body pairs; answers its key. */
	public String define(String entity, String type, Object... more) {
		String key = "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Map<String, Object> body = new HashMap<>();
		body.put("entity", entity);
		body.put("key", key);
		body.put("label", "Label " + key);
		body.put("type", type);
		for (int i = 0; i < more.length; i += 2) {
			body.put((String) more[i], more[i + 1]);
		}
		var created = admin.post("/api/v1/custom-fields", body);
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		defined.add(created.id());
		return key;
	}

	public String idOf(String key) {
		for (var field : admin.get("/api/v1/custom-fields?includeDeleted=true").json().get("items")) {
			if (field.get("key").asString().equals(key)) {
				return field.get("id").asString();
			}
		}
		throw new AssertionError("no field " + key);
	}

	public void deleteAll() {
		defined.forEach(id -> admin.delete("/api/v1/custom-fields/" + id));
		defined.clear();
	}
}
