package app.clientele.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.platform.Actor;
import app.clientele.platform.FieldProblem;
import app.clientele.platform.Ids;
import app.clientele.platform.InvalidInput;
import app.clientele.platform.NotFound;
import app.clientele.platform.RuleViolation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved column mappings (table contact_import_mapping): a name and header-to-field pairs, shared
 * by everyone who imports. Applying one to a file maps the headers it names; the others are
 * proposed as usual.
 */
@Service
public class ImportMappings {

	static final int MAX_NAME = 100;

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ImportMappings(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A name another saved mapping has. */
	public static class MappingNameTaken extends RuleViolation {

		public MappingNameTaken(String name) {
			super("mapping-name-taken", "Mapping name taken", "A saved mapping is already named " + name + ".");
		}
	}

	@Transactional(readOnly = true)
	public List<SavedMapping> list() {
		return jdbc.sql("SELECT id, name, mapping::text AS mapping, created_at FROM contact_import_mapping ORDER BY lower(name)")
				.query((rs, n) -> new SavedMapping(rs.getObject("id", UUID.class), rs.getString("name"),
						json.readValue(rs.getString("mapping"), new TypeReference<Map<String, String>>() {
						}), rs.getTimestamp("created_at").toInstant()))
				.list();
	}

	@Transactional(readOnly = true)
	public SavedMapping get(UUID id) {
		return list().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(() -> new NotFound("Mapping", id));
	}

	@Transactional
	public SavedMapping save(String name, Map<String, String> mapping) {
		List<FieldProblem> problems = new ArrayList<>();
		String n = name == null ? "" : name.strip();
		if (n.isEmpty() || n.length() > MAX_NAME) {
			problems.add(new FieldProblem("name", "is required, at most " + MAX_NAME + " characters"));
		}
		if (mapping == null || mapping.isEmpty()) {
			problems.add(new FieldProblem("mapping", "must map at least one column header to a field"));
		}
		else {
			mapping.forEach((header, field) -> {
				if (header == null || header.isBlank() || field == null || (!field.isBlank() && !ImportFields.known(field))) {
					problems.add(new FieldProblem("mapping", "column \"" + header + "\" maps to " + field
							+ ", which is no field of a contact"));
				}
			});
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		UUID id = Ids.newId();
		try {
			jdbc.sql("""
					INSERT INTO contact_import_mapping (id, name, mapping, created_by, created_at)
					VALUES (:id, :name, CAST(:mapping AS jsonb), :by, :at)
					""").param("id", id).param("name", n).param("mapping", json.writeValueAsString(mapping))
					.param("by", Actor.current().id()).param("at", Timestamp.from(Instant.now())).update();
		}
		catch (DuplicateKeyException e) {
			throw new MappingNameTaken(n);
		}
		return get(id);
	}

	@Transactional
	public void delete(UUID id) {
		if (jdbc.sql("DELETE FROM contact_import_mapping WHERE id = :id").param("id", id).update() == 0) {
			throw new NotFound("Mapping", id);
		}
	}
}
