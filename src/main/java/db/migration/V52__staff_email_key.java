package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import app.clientele.platform.Emails;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Staff emails are matched by their canonical form (issue 15): PostgreSQL's {@code lower()}
 * follows the database's locale and differs from Java's for letters such as {@code İ}, so a
 * spelling could find a person under a different sign-in throttle key. The key is computed by
 * {@link Emails#canonical}, which only Java has, hence a Java migration; it replaces the unique
 * index on {@code lower(email)}.
 */
public class V52__staff_email_key extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement s = connection.createStatement()) {
			s.execute("ALTER TABLE staff ADD COLUMN email_key text");
		}
		try (Statement s = connection.createStatement();
				ResultSet rows = s.executeQuery("SELECT id, email FROM staff");
				PreparedStatement update = connection.prepareStatement("UPDATE staff SET email_key = ? WHERE id = ?")) {
			while (rows.next()) {
				update.setString(1, Emails.canonical(rows.getString("email")));
				update.setObject(2, rows.getObject("id"));
				update.addBatch();
			}
			update.executeBatch();
		}
		try (Statement s = connection.createStatement()) {
			s.execute("ALTER TABLE staff ALTER COLUMN email_key SET NOT NULL");
			s.execute("DROP INDEX staff_email_unique");
			s.execute("CREATE UNIQUE INDEX staff_email_key_unique ON staff (email_key)");
		}
	}
}
