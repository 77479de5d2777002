package app.clientele.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Uploads and their rows (tables contact_import_upload, contact_import_row). A row is kept as one
 * CSV line of its cells, written in batches of {@value #BATCH} with one statement each.
 */
@Repository
class Uploads {

	static final int BATCH = 2000;
	private static final CSVFormat LINE = CSVFormat.RFC4180.builder().setRecordSeparator("").get();

	private final JdbcClient jdbc;

	Uploads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Upload(UUID id, String fileName, ImportFile.Format format, String encoding, char separator,
			List<String> headers, int rows, @Nullable UUID createdBy, Instant createdAt) {
	}

	void insert(Upload u) {
		jdbc.sql("""
				INSERT INTO contact_import_upload (id, file_name, format, encoding, separator, headers, rows, created_by,
				    created_at)
				VALUES (:id, :name, :format, :encoding, :separator, :headers, :rows, :by, :at)
				""").param("id", u.id()).param("name", u.fileName()).param("format", u.format().name())
				.param("encoding", u.encoding()).param("separator", String.valueOf(u.separator()))
				.param("headers", u.headers().toArray(String[]::new)).param("rows", u.rows()).param("by", u.createdBy())
				.param("at", Timestamp.from(u.createdAt())).update();
	}

	void finish(UUID id, List<String> headers, int rows) {
		jdbc.sql("UPDATE contact_import_upload SET headers = :headers, rows = :rows WHERE id = :id").param("id", id)
				.param("headers", headers.toArray(String[]::new)).param("rows", rows).update();
	}

	Optional<Upload> find(UUID id) {
		return jdbc.sql("SELECT * FROM contact_import_upload WHERE id = :id").param("id", id)
				.query((rs, n) -> new Upload(rs.getObject("id", UUID.class), rs.getString("file_name"),
						ImportFile.Format.valueOf(rs.getString("format")), rs.getString("encoding"),
						rs.getString("separator").charAt(0), List.of((String[]) rs.getArray("headers").getArray()),
						rs.getInt("rows"), rs.getObject("created_by", UUID.class),
						rs.getTimestamp("created_at").toInstant()))
				.optional();
	}

	boolean hasRows(UUID uploadId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM contact_import_row WHERE upload_id = :u)").param("u", uploadId)
				.query(Boolean.class).single();
	}

	void rows(UUID uploadId, int firstRowNo, List<List<String>> rows) {
		String[] lines = rows.stream().map(Uploads::line).toArray(String[]::new);
		jdbc.sql("""
				INSERT INTO contact_import_row (upload_id, row_no, line)
				SELECT :upload, :first + ordinality - 1, line FROM unnest(CAST(:lines AS text[])) WITH ORDINALITY AS l(line)
				""").param("upload", uploadId).param("first", firstRowNo).param("lines", lines).update();
	}

	/** The rows numbered after {@code afterRowNo}, at most {@code limit}, in order. */
	List<NumberedRow> rowsAfter(UUID uploadId, int afterRowNo, int limit) {
		return jdbc.sql("""
				SELECT row_no, line FROM contact_import_row WHERE upload_id = :upload AND row_no > :after
				ORDER BY row_no LIMIT :limit
				""").param("upload", uploadId).param("after", afterRowNo).param("limit", limit)
				.query((rs, n) -> new NumberedRow(rs.getInt("row_no"), cells(rs.getString("line")))).list();
	}

	record NumberedRow(int rowNo, List<String> cells) {
	}

	static String line(List<String> cells) {
		return LINE.format(cells.toArray());
	}

	static List<String> cells(String line) {
		try (CSVParser parser = CSVParser.parse(new StringReader(line), LINE)) {
			List<CSVRecord> records = parser.getRecords();
			return records.isEmpty() ? List.of() : new ArrayList<>(records.getFirst().toList());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
