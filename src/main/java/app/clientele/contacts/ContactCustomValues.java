package app.clientele.contacts;

import java.util.List;
import java.util.Map;

import app.clientele.fields.CustomFieldEntity;
import app.clientele.fields.CustomValueStore;
import app.clientele.fields.CustomValuesJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contacts' custom field values as the fields module asks about them when a definition
 * changes: an option's use (answered by the GIN index of {@code custom_fields}), the distinct
 * values of a field, their conversion to a new type (one statement per distinct value).
 */
@Component
class ContactCustomValues implements CustomValueStore {

	private final JdbcClient jdbc;

	ContactCustomValues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public CustomFieldEntity entity() {
		return CustomFieldEntity.CONTACT;
	}

	@Override
	public long countWithOption(String key, String option, boolean multi) {
		Object value = multi ? List.of(option) : option;
		return jdbc.sql("SELECT count(*) FROM contact WHERE custom_fields @> CAST(:probe AS jsonb)")
				.param("probe", CustomValuesJson.write(Map.of(key, value))).query(Long.class).single();
	}

	@Override
	public List<Object> distinctValues(String key, int limit) {
		return jdbc.sql("""
				SELECT DISTINCT custom_fields -> :key AS v FROM contact WHERE custom_fields -> :key IS NOT NULL LIMIT :limit
				""").param("key", key).param("limit", limit)
				.query((rs, n) -> CustomValuesJson.read("{\"v\":" + rs.getString("v") + "}").get("v")).list();
	}

	@Override
	public long countDistinct(String key) {
		return jdbc.sql("SELECT count(DISTINCT custom_fields -> :key) FROM contact WHERE custom_fields -> :key IS NOT NULL")
				.param("key", key).query(Long.class).single();
	}

	@Override
	public void convert(String key, Map<Object, Object> conversions) {
		conversions.forEach((from, to) -> jdbc.sql("""
				UPDATE contact SET custom_fields = jsonb_set(custom_fields, ARRAY[:key], CAST(:to AS jsonb)),
				    version = version + 1, updated_at = now()
				WHERE custom_fields -> :key = CAST(:from AS jsonb)
				""").param("key", key).param("from", CustomValuesJson.writeValue(from))
				.param("to", CustomValuesJson.writeValue(to)).update());
	}
}
