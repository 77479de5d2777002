package app.clientele.platform;

import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON merge patch (RFC 7396) onto the editable form of a resource. The patched document is
 * bound to the same request type a create or replace uses, so unknown fields, wrong types and
 * broken constraints are refused exactly as there, naming the field.
 */
@Component
public class MergePatch {

	private final JsonMapper json;
	private final FieldConstraints constraints;

	MergePatch(JsonMapper json, FieldConstraints constraints) {
		this.json = json;
		this.constraints = constraints;
	}

	/** Applies {@code patch} to {@code current} (a request-shaped record) and returns the validated result. */
	public <T> T apply(T current, JsonNode patch, Class<T> type) {
		if (!patch.isObject()) {
			throw new InvalidInput("body", "must be a JSON object (a merge patch)");
		}
		JsonNode patched = merge(json.valueToTree(current), patch);
		T result;
		try {
			result = json.treeToValue(patched, type);
		}
		catch (JacksonException e) {
			throw JsonProblems.invalidInput(e);
		}
		return valid(result);
	}

	/** Validates a request object with its Bean Validation constraints. */
	public <T> T valid(T value) {
		return constraints.valid(value);
	}

	static JsonNode merge(JsonNode target, JsonNode patch) {
		if (!patch.isObject()) {
			return patch;
		}
		ObjectNode result = target.isObject() ? ((ObjectNode) target).deepCopy() : JsonMapper.shared().createObjectNode();
		for (Map.Entry<String, JsonNode> entry : patch.properties()) {
			if (entry.getValue().isNull()) {
				result.remove(entry.getKey());
			}
			else {
				JsonNode existing = result.get(entry.getKey());
				result.set(entry.getKey(), merge(existing == null ? JsonMapper.shared().nullNode() : existing, entry.getValue()));
			}
		}
		return result;
	}
}
