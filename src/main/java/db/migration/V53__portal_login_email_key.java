package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import app.clientele.platform.Emails;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Portal logins are matched by the canonical form of their email (issue 15), computed by
 * {@link Emails#canonical} (hence a Java migration), not by PostgreSQL's locale-dependent
 * {@code lower()}. One person per invited or active login, as before, now by that form.
 */
public class V53__portal_login_email_key extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement s = connection.createStatement()) {
			s.execute("ALTER TABLE portal_access ADD COLUMN login_email_key text");
		}
		try (Statement s = connection.createStatement();
				ResultSet rows = s.executeQuery("SELECT contact_id, login_email FROM portal_access WHERE login_email IS NOT NULL");
				PreparedStatement update = connection
						.prepareStatement("UPDATE portal_access SET login_email_key = ? WHERE contact_id = ?")) {
			while (rows.next()) {
				update.setString(1, Emails.canonical(rows.getString("login_email")));
				update.setObject(2, rows.getObject("contact_id"));
				update.addBatch();
			}
			update.executeBatch();
		}
		try (Statement s = connection.createStatement()) {
			s.execute("DROP INDEX portal_access_login_email");
			s.execute("""
					CREATE UNIQUE INDEX portal_access_login_email_key ON portal_access (login_email_key)
					    WHERE login_email_key IS NOT NULL AND status IN ('INVITED', 'ACTIVE')
					""");
		}
	}
}
