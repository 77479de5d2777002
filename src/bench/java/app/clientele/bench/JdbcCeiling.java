package app.clientele.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The ceiling for a read by id: the contact row by primary key straight through JDBC, from this
 * process, one connection per worker, every column read. No HTTP, no framework, no security;
 * what is left is the driver, the loopback and PostgreSQL itself.
 */
final class JdbcCeiling implements AutoCloseable {

	static final String SQL = """
			SELECT id, account_id, first_name, middle_name, last_name, job_title, business_roles, stage, email,
			       birthday, notes, preferred_channel, do_not_email, do_not_call, mobile_opt_out, marketing_opt_in,
			       is_primary, billing_contact, tags, archived_at, account_since, version, created_at, updated_at
			FROM contact WHERE id = ?""";

	private final BenchDatabase database;
	private final Dataset data;
	private final List<Connection> connections = new CopyOnWriteArrayList<>();
	private final ThreadLocal<PreparedStatement> statements = new ThreadLocal<>();

	JdbcCeiling(BenchDatabase database, Dataset data) {
		this.database = database;
		this.data = data;
	}

	LoadRun.Operation read() {
		return random -> {
			PreparedStatement statement = statement();
			statement.setObject(1, data.contactId(random.nextInt(data.contacts)));
			try (ResultSet rs = statement.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalStateException("no such contact");
				}
				for (int column = 1; column <= 24; column++) {
					rs.getString(column);
				}
			}
			return "jdbc";
		};
	}

	private PreparedStatement statement() throws SQLException {
		PreparedStatement statement = statements.get();
		if (statement == null) {
			Connection connection = database.connect();
			connections.add(connection);
			statement = connection.prepareStatement(SQL);
			statements.set(statement);
		}
		return statement;
	}

	@Override
	public void close() throws SQLException {
		for (Connection connection : connections) {
			connection.close();
		}
	}
}
