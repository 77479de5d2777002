package app.clientele.portal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.clientele.platform.Ids;
import app.clientele.platform.Secrets;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use links. A link is created without a token; each time its email is rendered a new
 * 256-bit token is made and only its SHA-256 is stored (so no raw secret sits in the outbox or
 * in an event, and a re-render kills the copy rendered before). Using a link is one atomic
 * UPDATE that checks purpose, expiry, use and death together: concurrent uses cannot both win.
 */
@Component
class PortalLinks {

	enum Purpose { INVITATION, SET_PASSWORD, PASSWORD_RESET, SELF_REGISTRATION, IMPERSONATION }

	/**
	 * A link that was used, and for whom; {@code shownInMailboxBy} names the staff user who saw the
	 * token that was used in the Mailbox, if one did.
	 */
	record Used(UUID linkId, UUID contactId, Purpose purpose, @Nullable UUID staffId, @Nullable String staffName,
			@Nullable String reason, @Nullable String shownInMailboxBy) {
	}

	private final JdbcClient jdbc;
	private final PortalClock clock;

	PortalLinks(JdbcClient jdbc, PortalClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	UUID create(UUID contactId, Purpose purpose, Duration ttl) {
		return create(contactId, purpose, ttl, null, null, null);
	}

	UUID create(UUID contactId, Purpose purpose, Duration ttl, @Nullable UUID staffId, @Nullable String staffName,
			@Nullable String reason) {
		UUID id = Ids.newId();
		jdbc.sql("""
				INSERT INTO portal_link (id, contact_id, purpose, expires_at, staff_id, staff_name, reason, created_at)
				VALUES (:id, :contact, :purpose, :expires, :staffId, :staffName, :reason, :now)
				""").param("id", id).param("contact", contactId).param("purpose", purpose.name())
				.param("expires", Timestamp.from(clock.now().plus(ttl))).param("staffId", staffId)
				.param("staffName", staffName).param("reason", reason).param("now", Timestamp.from(clock.now())).update();
		return id;
	}

	/**
	 * A fresh token for a live link (its previous token dies, and with it any note that staff saw
	 * it in the Mailbox), or empty when the link is dead.
	 */
	Optional<Issued> issue(UUID linkId) {
		String token = Secrets.token();
		return jdbc.sql("""
				UPDATE portal_link SET token_hash = :hash, shown_by_staff_id = NULL, shown_by_staff_name = NULL
				WHERE id = :id AND used_at IS NULL AND dead_at IS NULL AND expires_at > :now
				RETURNING purpose, expires_at
				""").param("hash", Secrets.hash(token)).param("id", linkId).param("now", Timestamp.from(clock.now()))
				.query((rs, n) -> new Issued(token, Purpose.valueOf(rs.getString("purpose")),
						rs.getTimestamp("expires_at").toInstant()))
				.optional();
	}

	record Issued(String token, Purpose purpose, Instant expiresAt) {
	}

	/** Uses a link: one statement, so a token is used once however many requests race for it. */
	Optional<Used> use(String token, Set<Purpose> purposes) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				UPDATE portal_link SET used_at = :now
				WHERE token_hash = :hash AND purpose IN (:purposes) AND used_at IS NULL AND dead_at IS NULL
				  AND expires_at > :now
				RETURNING id, contact_id, purpose, staff_id, staff_name, reason, shown_by_staff_name
				""").param("now", Timestamp.from(clock.now())).param("hash", Secrets.hash(token))
				.param("purposes", purposes.stream().map(Enum::name).toList())
				.query((rs, n) -> new Used(rs.getObject("id", UUID.class), rs.getObject("contact_id", UUID.class),
						Purpose.valueOf(rs.getString("purpose")), rs.getObject("staff_id", UUID.class),
						rs.getString("staff_name"), rs.getString("reason"), rs.getString("shown_by_staff_name")))
				.optional();
	}

	/** Notes that a staff user saw the link's current token in the Mailbox. */
	void shownInMailbox(UUID linkId, @Nullable UUID staffId, String staffName) {
		jdbc.sql("UPDATE portal_link SET shown_by_staff_id = :staffId, shown_by_staff_name = :staffName WHERE id = :id")
				.param("staffId", staffId).param("staffName", staffName).param("id", linkId).update();
	}

	/** Whether a token would be accepted now, without using it (opening a link does not use it). */
	boolean valid(String token, Set<Purpose> purposes) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return false;
		}
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM portal_link WHERE token_hash = :hash AND purpose IN (:purposes)
				               AND used_at IS NULL AND dead_at IS NULL AND expires_at > :now)
				""").param("hash", Secrets.hash(token)).param("purposes", purposes.stream().map(Enum::name).toList())
				.param("now", Timestamp.from(clock.now())).query(Boolean.class).single();
	}

	/** The contact of a link that would be accepted now, without using it. */
	Optional<UUID> contactOf(String token, Set<Purpose> purposes) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT contact_id FROM portal_link WHERE token_hash = :hash AND purpose IN (:purposes)
				  AND used_at IS NULL AND dead_at IS NULL AND expires_at > :now
				""").param("hash", Secrets.hash(token)).param("purposes", purposes.stream().map(Enum::name).toList())
				.param("now", Timestamp.from(clock.now())).query(UUID.class).optional();
	}

	/** Kills every open link of a contact with one of the purposes. */
	int kill(UUID contactId, Set<Purpose> purposes, String reason) {
		return jdbc.sql("""
				UPDATE portal_link SET dead_at = :now, dead_reason = :reason
				WHERE contact_id = :contact AND purpose IN (:purposes) AND used_at IS NULL AND dead_at IS NULL
				""").param("now", Timestamp.from(clock.now())).param("reason", reason).param("contact", contactId)
				.param("purposes", purposes.stream().map(Enum::name).toList()).update();
	}

	/** A token handed over directly (impersonation): made now, hash stored, returned once. */
	String issueNow(UUID linkId) {
		return issue(linkId).orElseThrow(() -> new IllegalStateException("link " + linkId + " died at birth")).token();
	}

	/** How long a link works from its making: what its email tells the person. */
	Duration lifetime(UUID linkId) {
		return jdbc.sql("SELECT EXTRACT(EPOCH FROM expires_at - created_at)::bigint FROM portal_link WHERE id = :id")
				.param("id", linkId).query(Long.class).optional().map(Duration::ofSeconds).orElse(Duration.ZERO);
	}


}
