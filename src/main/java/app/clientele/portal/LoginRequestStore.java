package app.clientele.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.clientele.platform.Actor;
import app.clientele.platform.Cursor;
import app.clientele.platform.Ids;
import app.clientele.portal.LoginRequests.LoginRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The login_request table: requests stored, read newest first, and decided once. */
@Repository
class LoginRequestStore {

	private final JdbcClient jdbc;

	LoginRequestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(String name, String email, @Nullable String company, @Nullable String message, String clientAddress) {
		jdbc.sql("""
				INSERT INTO login_request (id, client_address, name, email, company, message)
				VALUES (:id, :address, :name, :email, :company, :message)
				""").param("id", Ids.newId()).param("address", clientAddress).param("name", name.strip())
				.param("email", email.strip()).param("company", blankToNull(company)).param("message", blankToNull(message))
				.update();
	}

	/** Newest first, after {@code after}; without their matching contacts. */
	List<LoginRequest> list(@Nullable String status, @Nullable Cursor after, int fetchSize) {
		return jdbc.sql("""
				SELECT * FROM login_request
				WHERE (CAST(:status AS text) IS NULL OR status = :status)
				  AND (CAST(:at AS timestamptz) IS NULL OR (at, id) < (CAST(:at AS timestamptz), CAST(:id AS uuid)))
				ORDER BY at DESC, id DESC LIMIT :limit
				""").param("status", status).param("at", after == null ? null : after.timestamp(0))
				.param("id", after == null ? null : after.uuid(1)).param("limit", fetchSize)
				.query(LoginRequestStore::row).list();
	}

	long count(String status) {
		return jdbc.sql("SELECT count(*) FROM login_request WHERE status = :status").param("status", status)
				.query(Long.class).single();
	}

	/** Without its matching contacts. */
	Optional<LoginRequest> find(UUID id) {
		return jdbc.sql("SELECT * FROM login_request WHERE id = :id").param("id", id)
				.query(LoginRequestStore::row).optional();
	}

	void decide(UUID id, String status, @Nullable String reason, @Nullable UUID contactId) {
		jdbc.sql("""
				UPDATE login_request SET status = :status, decided_at = now(), decided_by = :by, reason = :reason,
				    contact_id = :contact
				WHERE id = :id AND status = 'PENDING'
				""").param("status", status).param("by", Actor.current().label()).param("reason", reason)
				.param("contact", contactId).param("id", id).update();
	}

	private static LoginRequest row(ResultSet rs, int n) throws SQLException {
		Timestamp decided = rs.getTimestamp("decided_at");
		return new LoginRequest(rs.getObject("id", UUID.class), rs.getTimestamp("at").toInstant(), rs.getString("name"),
				rs.getString("email"), rs.getString("company"), rs.getString("message"), rs.getString("status"),
				decided == null ? null : decided.toInstant(), rs.getString("decided_by"), rs.getString("reason"),
				rs.getObject("contact_id", UUID.class), List.of());
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
