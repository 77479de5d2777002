package app.clientele.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.clientele.platform.Actor;
import app.clientele.platform.FieldProblem;
import app.clientele.platform.Ids;
import app.clientele.platform.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mappings saved by name (table contact_import_mapping) for the files that come every month in
 * the same shape: column header to field name, a blank field for a column left out, so that
 * using one again leaves out what was left out. Saving under a name in use replaces that mapping.
 */
@Service
public class ImportMappings {

	static final int NAME_LENGTH = 100;

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ImportMappings(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public record SavedMapping(UUID id, String name, Map<String, String> mapping) {
	}

	/** Refuses a name that is blank or too long, naming the field {@code mappingName}. */
	public static String checkName(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty() || stripped.length() > NAME_LENGTH) {
			throw new InvalidInput(List.of(FieldProblem.of("mappingName", "must be 1 to " + NAME_LENGTH + " characters",
					"import.mapping.name.length", NAME_LENGTH)));
		}
		return stripped;
	}

	@Transactional
	public SavedMapping save(String name, Map<String, String> mapping) {
		String stripped = checkName(name);
		List<FieldProblem> problems = new java.util.ArrayList<>();
		if (name.indexOf('\u0000') >= 0) {
			problems.add(new FieldProblem("name", "must not hold a NUL character"));
		}
		mapping.forEach((header, field) -> {
			if (header == null || header.isBlank() || header.indexOf('\u0000') >= 0 || field == null
					|| (!field.isBlank() && !ImportFields.known(field))) {
				problems.add(new FieldProblem("mapping", "column \"" + header + "\" maps to " + field
						+ ", which is no field of a contact"));
			}
		});
		if (mapping.isEmpty()) {
			problems.add(new FieldProblem("mapping", "must map at least one column header to a field"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		Map<String, String> kept = new LinkedHashMap<>(mapping);
		jdbc.sql("""
				INSERT INTO contact_import_mapping (id, name, mapping, created_by, created_at)
				VALUES (:id, :name, CAST(:mapping AS jsonb), :by, :at)
				ON CONFLICT (name) DO UPDATE SET mapping = EXCLUDED.mapping, created_by = EXCLUDED.created_by,
				    created_at = EXCLUDED.created_at
				""").param("id", Ids.newId()).param("name", stripped).param("mapping", json.writeValueAsString(kept))
				.param("by", Actor.current().id()).param("at", Timestamp.from(Instant.now())).update();
		return list().stream().filter(m -> m.name().equals(stripped)).findFirst().orElseThrow();
	}

	/** Every saved mapping, by name. */
	@Transactional(readOnly = true)
	public List<SavedMapping> list() {
		return jdbc.sql("SELECT id, name, mapping FROM contact_import_mapping ORDER BY name").query((rs, n) -> mapping(
				rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("mapping"))).list();
	}

	@Transactional(readOnly = true)
	public Optional<SavedMapping> find(UUID id) {
		return jdbc.sql("SELECT id, name, mapping FROM contact_import_mapping WHERE id = :id").param("id", id)
				.query((rs, n) -> mapping(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("mapping")))
				.optional();
	}

	@Transactional
	public void delete(UUID id) {
		if (jdbc.sql("DELETE FROM contact_import_mapping WHERE id = :id").param("id", id).update() == 0) {
			throw new app.clientele.platform.NotFound("Mapping", id);
		}
	}

	private SavedMapping mapping(UUID id, String name, String text) {
		return new SavedMapping(id, name, json.readValue(text, new TypeReference<Map<String, String>>() {
		}));
	}
}
