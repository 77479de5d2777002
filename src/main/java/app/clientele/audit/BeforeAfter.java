package app.clientele.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fields in which two versions of a thing differ, as {@code {"field": {"before": .., "after": ..}}},
 * read as the API shows them (JSON); bookkeeping ({@code version}, {@code updatedAt}) left out.
 */
@Component
class BeforeAfter {

	private static final Set<String> BOOKKEEPING = Set.of("version", "updatedAt", "createdAt");
	private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
	};

	private final JsonMapper json;

	BeforeAfter(JsonMapper json) {
		this.json = json;
	}

	Map<String, Object> changes(Object before, Object after) {
		Map<String, Object> old = json.convertValue(before, FIELDS);
		Map<String, Object> now = json.convertValue(after, FIELDS);
		Map<String, Object> changes = new LinkedHashMap<>();
		for (String field : now.keySet()) {
			if (!BOOKKEEPING.contains(field) && !Objects.equals(old.get(field), now.get(field))) {
				Map<String, Object> change = new LinkedHashMap<>();
				change.put("before", old.get(field));
				change.put("after", now.get(field));
				changes.put(field, change);
			}
		}
		return changes;
	}

	/** Every field of {@code value} as the API shows it, bookkeeping left out. */
	Map<String, Object> fields(Object value) {
		Map<String, Object> fields = new LinkedHashMap<>(json.convertValue(value, FIELDS));
		fields.keySet().removeAll(BOOKKEEPING);
		return fields;
	}
}
