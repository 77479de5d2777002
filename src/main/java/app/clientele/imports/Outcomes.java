package app.clientele.imports;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reads the rows' outcomes back: problems, duplicates, the problem file, what the undo needs. */
@Repository
class Outcomes {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	Outcomes(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The first problems, in row order (several per row when several fields are at fault). */
	List<ImportProblem> problems(UUID importId, int limit) {
		return jdbc.sql("""
				SELECT o.row_no, p ->> 'field' AS field, p ->> 'message' AS message
				FROM (SELECT row_no, problems FROM contact_import_outcome WHERE import_id = :id AND outcome = 'FAILED'
				      ORDER BY row_no LIMIT :limit) o, jsonb_array_elements(o.problems) p
				ORDER BY o.row_no LIMIT :limit
				""").param("id", importId).param("limit", limit)
				.query((rs, n) -> new ImportProblem(rs.getInt("row_no"), rs.getString("field"), rs.getString("message"))).list();
	}

	List<ImportDuplicate> duplicates(UUID importId, int limit) {
		return jdbc.sql("""
				SELECT o.row_no, o.outcome, d ->> 'contactId' AS contact_id, d -> 'reasons' AS reasons
				FROM (SELECT row_no, outcome, duplicates FROM contact_import_outcome
				      WHERE import_id = :id AND duplicates IS NOT NULL ORDER BY row_no LIMIT :limit) o,
				     jsonb_array_elements(o.duplicates) d
				ORDER BY o.row_no LIMIT :limit
				""").param("id", importId).param("limit", limit)
				.query((rs, n) -> new ImportDuplicate(rs.getInt("row_no"), UUID.fromString(rs.getString("contact_id")),
						json.readValue(rs.getString("reasons"), new TypeReference<List<String>>() {
						}), rs.getString("outcome")))
				.list();
	}

	/** Each failed row as uploaded, with its problems as one sentence, in row order. */
	void failedRows(UUID importId, UUID uploadId, Consumer<FailedRow> each) {
		jdbc.sql("""
				SELECT r.line, o.problems FROM contact_import_outcome o
				JOIN contact_import_row r ON r.upload_id = :upload AND r.row_no = o.row_no
				WHERE o.import_id = :id AND o.outcome = 'FAILED' ORDER BY o.row_no
				""").param("id", importId).param("upload", uploadId).withFetchSize(1000)
				.query(rs -> {
					List<Map<String, String>> problems = json.readValue(rs.getString("problems"),
							new TypeReference<List<Map<String, String>>>() {
							});
					each.accept(new FailedRow(Uploads.cells(rs.getString("line")), String.join("; ",
							problems.stream().map(p -> p.get("field") + ": " + p.get("message")).toList())));
				});
	}

	record FailedRow(List<String> cells, String error) {
	}

	/** A created or updated contact, as the undo reads it. */
	record Landed(int row, String outcome, UUID contactId, @Nullable Map<String, @Nullable Object> before,
			@Nullable Map<String, @Nullable Object> after) {
	}

	/**
	 * The rows that created or updated a contact and are not undone yet (an undo started again after
	 * one that stopped leaves those alone), after {@code afterRow}, at most {@code limit}.
	 */
	List<Landed> landed(UUID importId, int afterRow, int limit) {
		return jdbc.sql("""
				SELECT row_no, outcome, contact_id, before, after FROM contact_import_outcome
				WHERE import_id = :id AND outcome IN ('CREATED', 'UPDATED') AND row_no > :after
				  AND undo_result IS DISTINCT FROM 'UNDONE'
				ORDER BY row_no LIMIT :limit
				""").param("id", importId).param("after", afterRow).param("limit", limit)
				.query((rs, n) -> new Landed(rs.getInt("row_no"), rs.getString("outcome"),
						rs.getObject("contact_id", UUID.class), map(rs.getString("before")), map(rs.getString("after"))))
				.list();
	}

	long landedCount(UUID importId) {
		return jdbc.sql("""
				SELECT count(*) FROM contact_import_outcome
				WHERE import_id = :id AND outcome IN ('CREATED', 'UPDATED') AND undo_result IS DISTINCT FROM 'UNDONE'
				""")
				.param("id", importId).query(Long.class).single();
	}

	void undoResult(UUID importId, int row, String result) {
		jdbc.sql("UPDATE contact_import_outcome SET undo_result = :r WHERE import_id = :id AND row_no = :row")
				.param("id", importId).param("row", row).param("r", result).update();
	}

	/** What the undo could not put back, in row order. */
	List<ImportProblem> notUndone(UUID importId, int limit) {
		return jdbc.sql("""
				SELECT row_no, undo_result FROM contact_import_outcome
				WHERE import_id = :id AND undo_result IS NOT NULL AND undo_result <> 'UNDONE' ORDER BY row_no LIMIT :limit
				""").param("id", importId).param("limit", limit)
				.query((rs, n) -> new ImportProblem(rs.getInt("row_no"), "row", rs.getString("undo_result"))).list();
	}

	private @Nullable Map<String, @Nullable Object> map(@Nullable String text) {
		return text == null ? null : json.readValue(text, new TypeReference<Map<String, @Nullable Object>>() {
		});
	}
}
