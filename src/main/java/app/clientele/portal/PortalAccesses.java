package app.clientele.portal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.clientele.platform.Emails;
import app.clientele.staff.PortalPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Portal access rows and their site scope, in plain SQL. */
@Repository
class PortalAccesses {

	private final JdbcClient jdbc;
	private final PortalClock clock;

	PortalAccesses(JdbcClient jdbc, PortalClock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A portal access as stored (status EXPIRED is derived from INVITED and the invitation's expiry). */
	record Access(UUID contactId, boolean enabled, String storedStatus, Set<PortalPermission> permissions,
			boolean allSites, Set<UUID> siteIds, @Nullable String loginEmail, @Nullable String passwordHash,
			@Nullable Instant invitedAt, @Nullable Instant invitationExpiresAt, @Nullable Instant activatedAt,
			@Nullable Instant lastLoginAt, Instant sessionsValidAfter, long version) {

		PortalStatus status(Instant now) {
			PortalStatus s = PortalStatus.valueOf(storedStatus);
			if (s == PortalStatus.INVITED && invitationExpiresAt != null && !invitationExpiresAt.isAfter(now)) {
				return PortalStatus.EXPIRED;
			}
			return s;
		}

		PortalAccessView view(Instant now) {
			return new PortalAccessView(contactId, enabled, status(now), permissions, allSites, siteIds, invitedAt,
					activatedAt, lastLoginAt, version);
		}
	}

	Optional<Access> find(UUID contactId) {
		return jdbc.sql("SELECT * FROM portal_access WHERE contact_id = :c").param("c", contactId)
				.query(PortalAccesses::row).optional().map(a -> withSites(a));
	}

	/** The access that signs in with this email: invited or active. */
	Optional<Access> byLoginEmail(String email) {
		return jdbc.sql("""
				SELECT * FROM portal_access WHERE login_email_key = :key AND status IN ('INVITED', 'ACTIVE')
				""").param("key", Emails.canonical(email)).query(PortalAccesses::row).optional().map(a -> withSites(a));
	}

	/** The contacts whose login with this email was revoked. */
	List<UUID> revokedWithLoginEmail(String email) {
		return jdbc.sql("SELECT contact_id FROM portal_access WHERE login_email_key = :key AND status = 'REVOKED'")
				.param("key", Emails.canonical(email)).query(UUID.class).list();
	}

	boolean loginEmailTaken(String email, UUID except) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM portal_access WHERE login_email_key = :key
				               AND status IN ('INVITED', 'ACTIVE') AND contact_id <> :except)
				""").param("key", Emails.canonical(email)).param("except", except).query(Boolean.class).single();
	}

	/** Creates the row if missing (NOT_INVITED, disabled), so that later updates find it. */
	void ensure(UUID contactId) {
		jdbc.sql("INSERT INTO portal_access (contact_id) VALUES (:c) ON CONFLICT (contact_id) DO NOTHING")
				.param("c", contactId).update();
	}

	void saveSettings(UUID contactId, boolean enabled, Set<PortalPermission> permissions, boolean allSites,
			Set<UUID> siteIds) {
		jdbc.sql("""
				UPDATE portal_access SET enabled = :enabled, permissions = :permissions, all_sites = :allSites,
				    version = version + 1, updated_at = now()
				WHERE contact_id = :c
				""").param("c", contactId).param("enabled", enabled)
				.param("permissions", permissions.stream().map(Enum::name).sorted().toArray(String[]::new))
				.param("allSites", allSites).update();
		replaceSites(contactId, allSites ? Set.of() : siteIds);
	}

	void replaceSites(UUID contactId, Set<UUID> siteIds) {
		jdbc.sql("DELETE FROM portal_access_site WHERE contact_id = :c").param("c", contactId).update();
		for (UUID site : siteIds) {
			jdbc.sql("INSERT INTO portal_access_site (contact_id, site_id) VALUES (:c, :s)").param("c", contactId)
					.param("s", site).update();
		}
	}

	void invited(UUID contactId, String loginEmail, Instant expiresAt) {
		jdbc.sql("""
				UPDATE portal_access SET enabled = true, status = 'INVITED', login_email = :email, login_email_key = :key,
				    invited_at = :now,
				    invitation_expires_at = :expires, revoked_at = NULL, version = version + 1, updated_at = now()
				WHERE contact_id = :c
				""").param("c", contactId).param("email", loginEmail).param("key", Emails.canonical(loginEmail))
				.param("expires", Timestamp.from(expiresAt))
				.param("now", Timestamp.from(clock.now())).update();
	}

	void activated(UUID contactId, String passwordHash) {
		jdbc.sql("""
				UPDATE portal_access SET status = 'ACTIVE', password_hash = :hash, activated_at = now(),
				    invitation_expires_at = NULL, sessions_valid_after = now(), version = version + 1, updated_at = now()
				WHERE contact_id = :c
				""").param("c", contactId).param("hash", passwordHash).update();
	}

	void passwordChanged(UUID contactId, String passwordHash) {
		jdbc.sql("""
				UPDATE portal_access SET password_hash = :hash, sessions_valid_after = now(), version = version + 1,
				    updated_at = now()
				WHERE contact_id = :c
				""").param("c", contactId).param("hash", passwordHash).update();
	}

	void revoked(UUID contactId) {
		jdbc.sql("""
				UPDATE portal_access SET enabled = false, status = 'REVOKED', revoked_at = now(), password_hash = NULL,
				    sessions_valid_after = now(), version = version + 1, updated_at = now()
				WHERE contact_id = :c
				""").param("c", contactId).update();
	}

	void endSessions(UUID contactId) {
		jdbc.sql("UPDATE portal_access SET sessions_valid_after = now() WHERE contact_id = :c").param("c", contactId)
				.update();
	}

	void signedIn(UUID contactId) {
		jdbc.sql("UPDATE portal_access SET last_login_at = now() WHERE contact_id = :c").param("c", contactId).update();
	}

	void loginEmailChanged(UUID contactId, @Nullable String email) {
		jdbc.sql("""
				UPDATE portal_access SET login_email = :email, login_email_key = :key, version = version + 1,
				    updated_at = now()
				WHERE contact_id = :c
				""").param("c", contactId).param("email", email).param("key", email == null ? null : Emails.canonical(email))
				.update();
	}

	Map<UUID, PortalStatus> statuses(Collection<UUID> contactIds) {
		Map<UUID, PortalStatus> statuses = new HashMap<>();
		if (contactIds.isEmpty()) {
			return statuses;
		}
		Instant now = clock.now();
		jdbc.sql("SELECT * FROM portal_access WHERE contact_id IN (:ids)").param("ids", contactIds)
				.query(PortalAccesses::row).list().forEach(a -> statuses.put(a.contactId(), a.status(now)));
		return statuses;
	}

	boolean everActive(UUID contactId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM portal_access WHERE contact_id = :c AND activated_at IS NOT NULL)")
				.param("c", contactId).query(Boolean.class).single();
	}

	private Access withSites(Access a) {
		Set<UUID> sites = new HashSet<>(jdbc.sql("SELECT site_id FROM portal_access_site WHERE contact_id = :c")
				.param("c", a.contactId()).query(UUID.class).list());
		return new Access(a.contactId(), a.enabled(), a.storedStatus(), a.permissions(), a.allSites(), Set.copyOf(sites),
				a.loginEmail(), a.passwordHash(), a.invitedAt(), a.invitationExpiresAt(), a.activatedAt(),
				a.lastLoginAt(), a.sessionsValidAfter(), a.version());
	}

	private static Access row(ResultSet rs, int n) throws SQLException {
		return new Access(rs.getObject("contact_id", UUID.class), rs.getBoolean("enabled"), rs.getString("status"),
				permissions(rs.getArray("permissions")), rs.getBoolean("all_sites"), Set.of(), rs.getString("login_email"),
				rs.getString("password_hash"), instant(rs, "invited_at"), instant(rs, "invitation_expires_at"),
				instant(rs, "activated_at"), instant(rs, "last_login_at"), rs.getTimestamp("sessions_valid_after").toInstant(),
				rs.getLong("version"));
	}

	static Set<PortalPermission> permissions(@Nullable Array array) throws SQLException {
		Set<PortalPermission> set = EnumSet.noneOf(PortalPermission.class);
		if (array != null) {
			for (Object o : (Object[]) array.getArray()) {
				set.add(PortalPermission.valueOf((String) o));
			}
		}
		return set;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
