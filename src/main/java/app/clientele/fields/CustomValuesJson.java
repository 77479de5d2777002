package app.clientele.fields;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stored values as the jsonb of their owner's {@code custom_fields} column and back. Numbers come
 * back as {@link BigDecimal} (never a double), so a value reads back exactly as it was written.
 */
public final class CustomValuesJson {

	private CustomValuesJson() {
	}

	public static String write(Map<String, Object> values) {
		return JsonMapper.shared().writeValueAsString(new TreeMap<>(values));
	}

	public static Map<String, Object> read(@Nullable String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		JsonNode node = JsonMapper.shared().readTree(json);
		Map<String, Object> values = new TreeMap<>();
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			Object value = value(entry.getValue());
			if (value != null) {
				values.put(entry.getKey(), value);
			}
		}
		return values;
	}

	/** One value written as JSON (for a statement's parameter). */
	public static String writeValue(Object value) {
		return JsonMapper.shared().writeValueAsString(value);
	}

	static @Nullable Object value(JsonNode node) {
		if (node.isNumber()) {
			return node.decimalValue();
		}
		if (node.isBoolean()) {
			return node.booleanValue();
		}
		if (node.isString()) {
			return node.stringValue();
		}
		if (node.isArray()) {
			List<Object> items = new ArrayList<>();
			node.forEach(item -> {
				Object v = value(item);
				if (v != null) {
					items.add(v);
				}
			});
			return List.copyOf(items);
		}
		if (node.isObject()) {
			Map<String, Object> object = new LinkedHashMap<>();
			node.properties().forEach(e -> {
				Object v = value(e.getValue());
				if (v != null) {
					object.put(e.getKey(), v);
				}
			});
			return object;
		}
		return null;
	}
}
