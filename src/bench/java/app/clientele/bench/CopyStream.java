package app.clientele.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One {@code COPY ... FROM STDIN} in PostgreSQL's text format, fed row by row through a buffer.
 * The connection runs with {@code session_replication_role = replica}: foreign keys and the
 * deferred primary-contact trigger are not checked row by row; the generator produces data that
 * keeps every rule, and {@link BenchDatabase} checks the rules once after the load.
 */
final class CopyStream implements AutoCloseable {

	private static final int FLUSH_AT = 1 << 20;

	private final Connection connection;
	private final CopyIn copy;
	private final StringBuilder row = new StringBuilder(512);
	private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
	private boolean first = true;
	private long rows;

	/** Rows that go nowhere: regenerates the data set's ids and sample when the data is already loaded. */
	static CopyStream discard() {
		return new CopyStream();
	}

	private CopyStream() {
		this.connection = null;
		this.copy = null;
	}

	CopyStream(Connection connection, String table, String columns) throws SQLException {
		this.connection = connection;
		try (Statement s = connection.createStatement()) {
			s.execute("SET session_replication_role = replica");
			s.execute("SET synchronous_commit = off");
		}
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
	}

	CopyStream value(Object value) {
		separator();
		if (value == null) {
			row.append("\\N");
			return this;
		}
		String text = value.toString();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> row.append("\\\\");
				case '\t' -> row.append("\\t");
				case '\n' -> row.append("\\n");
				case '\r' -> row.append("\\r");
				default -> row.append(c);
			}
		}
		return this;
	}

	/** A text[] value, written as an array literal; the elements are plain words. */
	CopyStream array(String... values) {
		separator();
		row.append('{').append(String.join(",", values)).append('}');
		return this;
	}

	private void separator() {
		if (!first) {
			row.append('\t');
		}
		first = false;
	}

	void endRow() throws SQLException {
		buffer.append(row).append('\n');
		row.setLength(0);
		first = true;
		rows++;
		if (buffer.length() >= FLUSH_AT) {
			flush();
		}
	}

	private void flush() throws SQLException {
		if (copy == null) {
			buffer.setLength(0);
			return;
		}
		byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		buffer.setLength(0);
	}

	long rows() {
		return rows;
	}

	@Override
	public void close() throws SQLException {
		if (copy == null) {
			return;
		}
		try {
			flush();
			copy.endCopy();
		}
		finally {
			connection.close();
		}
	}
}
