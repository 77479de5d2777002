package app.clientele.fields;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The custom_field table in plain SQL. */
@Repository
class CustomFields {

	private static final String COLUMNS = """
			id, entity, key, label, type, required, help_text, default_value, options, currency, position,
			deleted_at, version, created_at, updated_at""";

	private final JdbcClient jdbc;

	CustomFields(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every field of the entity, deleted ones included, in the ADMIN's order. */
	List<CustomField> of(CustomFieldEntity entity) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM custom_field WHERE entity = :entity ORDER BY position, label, key")
				.param("entity", entity.name()).query(CustomFields::row).list();
	}

	Optional<CustomField> find(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM custom_field WHERE id = :id").param("id", id)
				.query(CustomFields::row).optional();
	}

	boolean keyTaken(CustomFieldEntity entity, String key) {
		return jdbc.sql("SELECT count(*) FROM custom_field WHERE entity = :entity AND key = :key")
				.param("entity", entity.name()).param("key", key).query(Long.class).single() > 0;
	}

	int nextPosition(CustomFieldEntity entity) {
		return jdbc.sql("SELECT coalesce(max(position), 0) + 10 FROM custom_field WHERE entity = :entity")
				.param("entity", entity.name()).query(Integer.class).single();
	}

	void insert(CustomField f) {
		jdbc.sql("""
				INSERT INTO custom_field (id, entity, key, label, type, required, help_text, default_value, options,
				    currency, position, version, created_at, updated_at)
				VALUES (:id, :entity, :key, :label, :type, :required, :help, CAST(:default AS jsonb),
				    CAST(:options AS jsonb), :currency, :position, 0, :createdAt, :updatedAt)
				""").params(params(f)).update();
	}

	void update(CustomField f, long expectedVersion) {
		int rows = jdbc.sql("""
				UPDATE custom_field SET label = :label, type = :type, required = :required, help_text = :help,
				    default_value = CAST(:default AS jsonb), options = CAST(:options AS jsonb), currency = :currency,
				    position = :position, deleted_at = :deletedAt, version = version + 1, updated_at = :updatedAt
				WHERE id = :id AND version = :expected
				""").params(params(f)).param("expected", expectedVersion).update();
		if (rows != 1) {
			throw new OptimisticLockingFailureException("custom field " + f.id() + " changed concurrently");
		}
	}

	private static Map<String, @Nullable Object> params(CustomField f) {
		Map<String, @Nullable Object> p = new java.util.HashMap<>();
		p.put("id", f.id());
		p.put("entity", f.entity().name());
		p.put("key", f.key());
		p.put("label", f.label());
		p.put("type", f.type().name());
		p.put("required", f.required());
		p.put("help", f.helpText());
		p.put("default", f.defaultValue() == null ? null : CustomValuesJson.writeValue(f.defaultValue()));
		p.put("options", JsonMapper.shared().writeValueAsString(f.options()));
		p.put("currency", f.currency());
		p.put("position", f.position());
		p.put("deletedAt", f.deletedAt() == null ? null : Timestamp.from(f.deletedAt()));
		p.put("createdAt", Timestamp.from(f.createdAt()));
		p.put("updatedAt", Timestamp.from(f.updatedAt()));
		return p;
	}

	private static CustomField row(ResultSet rs, int n) throws SQLException {
		String defaultJson = rs.getString("default_value");
		Timestamp deleted = rs.getTimestamp("deleted_at");
		List<FieldOption> options = new ArrayList<>();
		for (JsonNode o : JsonMapper.shared().readTree(rs.getString("options"))) {
			options.add(new FieldOption(o.get("key").stringValue(), o.get("label").stringValue()));
		}
		return new CustomField(rs.getObject("id", UUID.class), CustomFieldEntity.valueOf(rs.getString("entity")),
				rs.getString("key"), rs.getString("label"), CustomFieldType.valueOf(rs.getString("type")),
				rs.getBoolean("required"), rs.getString("help_text"),
				defaultJson == null ? null : CustomValuesJson.value(JsonMapper.shared().readTree(defaultJson)),
				List.copyOf(options), rs.getString("currency"), rs.getInt("position"),
				deleted == null ? null : deleted.toInstant(), rs.getLong("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}
}
