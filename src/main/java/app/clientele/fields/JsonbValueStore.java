package app.clientele.fields;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link CustomValueStore} over a {@code custom_fields} jsonb column, for the module that owns
 * the table: the owner extends it naming its own table, so the statements run on the owner's
 * table by the owner's bean. An option's use is answered by the column's GIN index
 * ({@code jsonb_path_ops}); a conversion is one statement per distinct value.
 */
public abstract class JsonbValueStore implements CustomValueStore {

	private final JdbcClient jdbc;
	private final String table;
	private final CustomFieldEntity entity;

	protected JsonbValueStore(JdbcClient jdbc, String table, CustomFieldEntity entity) {
		if (!table.matches("[a-z_]+")) {
			throw new IllegalArgumentException("not a table name: " + table);
		}
		this.jdbc = jdbc;
		this.table = table;
		this.entity = entity;
	}

	@Override
	public CustomFieldEntity entity() {
		return entity;
	}

	@Override
	public long countWithOption(String key, String option, boolean multi) {
		Object value = multi ? List.of(option) : option;
		return jdbc.sql("SELECT count(*) FROM " + table + " WHERE custom_fields @> CAST(:probe AS jsonb)")
				.param("probe", CustomValuesJson.write(Map.of(key, value))).query(Long.class).single();
	}

	@Override
	public List<Object> distinctValues(String key, int limit) {
		return jdbc.sql("SELECT DISTINCT custom_fields -> :key AS v FROM " + table
				+ " WHERE custom_fields -> :key IS NOT NULL LIMIT :limit").param("key", key).param("limit", limit)
				.query((rs, n) -> CustomValuesJson.read("{\"v\":" + rs.getString("v") + "}").get("v")).list();
	}

	@Override
	public long countDistinct(String key) {
		return jdbc.sql("SELECT count(DISTINCT custom_fields -> :key) FROM " + table
				+ " WHERE custom_fields -> :key IS NOT NULL").param("key", key).query(Long.class).single();
	}

	@Override
	public void convert(String key, Map<Object, Object> conversions) {
		conversions.forEach((from, to) -> jdbc.sql("UPDATE " + table
				+ " SET custom_fields = jsonb_set(custom_fields, ARRAY[:key], CAST(:to AS jsonb)),"
				+ " version = version + 1, updated_at = now() WHERE custom_fields -> :key = CAST(:from AS jsonb)")
				.param("key", key).param("from", CustomValuesJson.writeValue(from))
				.param("to", CustomValuesJson.writeValue(to)).update());
	}
}
