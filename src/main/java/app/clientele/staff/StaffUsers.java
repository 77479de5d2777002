package app.clientele.staff;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.clientele.platform.Cursor;
import app.clientele.platform.Emails;
import app.clientele.platform.Keyed;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Staff rows. Plain SQL: the aggregate is small and its roles are a PostgreSQL array. */
@Repository
class StaffUsers {

	private static final String COLUMNS = "id, email, name, password_hash, roles, enabled, created_at, updated_at, version";

	private final JdbcClient jdbc;

	StaffUsers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Row(StaffMember member, String passwordHash) {
	}

	Optional<Row> byEmail(String email) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM staff WHERE email_key = :key")
				.param("key", Emails.canonical(email)).query(StaffUsers::row).optional();
	}

	Optional<Row> byId(UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM staff WHERE id = :id").param("id", id)
				.query(StaffUsers::row).optional();
	}

	boolean emailTaken(String email) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff WHERE email_key = :key)")
				.param("key", Emails.canonical(email)).query(Boolean.class).single();
	}

	boolean isEmpty() {
		return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff)").query(Boolean.class).single();
	}

	long count() {
		return jdbc.sql("SELECT count(*) FROM staff WHERE enabled").query(Long.class).single();
	}

	long enabledAdminsOtherThan(UUID id) {
		return jdbc.sql("SELECT count(*) FROM staff WHERE enabled AND 'ADMIN' = ANY (roles) AND id <> :id")
				.param("id", id).query(Long.class).single();
	}

	void insert(UUID id, String email, String name, Set<Role> roles, String passwordHash) {
		jdbc.sql("""
				INSERT INTO staff (id, email, email_key, name, password_hash, roles)
				VALUES (:id, :email, :key, :name, :hash, string_to_array(:roles, ','))
				""")
				.param("id", id).param("email", email.trim()).param("key", Emails.canonical(email)).param("name", name.strip()).param("hash", passwordHash)
				.param("roles", String.join(",", roles.stream().map(Role::name).sorted().toList()))
				.update();
	}

	/** Sets enabled; false when the row changed since {@code version} was read. */
	boolean setEnabled(UUID id, boolean enabled, long version) {
		return jdbc.sql("""
				UPDATE staff SET enabled = :enabled, version = version + 1, updated_at = now()
				WHERE id = :id AND version = :version
				""").param("id", id).param("enabled", enabled).param("version", version).update() == 1;
	}

	List<Keyed<StaffMember>> page(PageRequest page) {
		Cursor after = page.cursor(2);
		return jdbc.sql("""
				SELECT %s, email_key AS sort_email FROM staff
				WHERE (CAST(:afterEmail AS text) IS NULL OR (email_key, id) > (:afterEmail, CAST(:afterId AS uuid)))
				ORDER BY email_key, id
				LIMIT :limit
				""".formatted(COLUMNS))
				.param("afterEmail", after == null ? null : after.value(0))
				.param("afterId", after == null ? null : after.uuid(1))
				.param("limit", page.fetchSize())
				.query(Keyed.rows((rs, n) -> row(rs, n).member(), "sort_email", "id")).list();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(new StaffMember(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("name"),
				roles(rs.getArray("roles")), rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("version")), rs.getString("password_hash"));
	}

	private static Set<Role> roles(@Nullable Array array) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (array != null) {
			for (Object name : (Object[]) array.getArray()) {
				roles.add(Role.valueOf((String) name));
			}
		}
		return roles;
	}
}
