package app.clientele.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.clientele.contacts.ContactMerge;
import app.clientele.contacts.MergeLedger;
import app.clientele.platform.Emails;
import app.clientele.staff.PortalPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The portal access rows of a merge: a login moved whole, a login taken over, permissions widened. */
@Component
class PortalLoginMerge {

	private static final String ACCESS = "portal.portal_access";
	private static final String LINKS = "portal.portal_link";

	private final JdbcClient jdbc;
	private final MergeLedger ledger;
	private final PortalAccesses accesses;
	private final PortalLinks links;

	PortalLoginMerge(JdbcClient jdbc, MergeLedger ledger, PortalAccesses accesses, PortalLinks links) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.accesses = accesses;
		this.links = links;
	}

	/** The survivor has no live login: the other's access (sites, open links) becomes the survivor's. */
	void move(ContactMerge merge) {
		UUID from = merge.other().id();
		UUID to = merge.survivor().id();
		jdbc.sql("DELETE FROM portal_access WHERE contact_id = :to").param("to", to).update();
		rekey(from, to);
		ledger.record(merge.id(), ACCESS, List.of(from));
		ledger.record(merge.id(), LINKS, jdbc.sql("UPDATE portal_link SET contact_id = :to WHERE contact_id = :from RETURNING id")
				.param("to", to).param("from", from).query(UUID.class).list());
	}

	void moveBack(ContactMerge merge) {
		if (ledger.recorded(merge.id(), ACCESS).isEmpty()) {
			return;
		}
		UUID back = merge.other().id();
		rekey(merge.survivor().id(), back);
		List<UUID> moved = ledger.recordedIds(merge.id(), LINKS);
		if (!moved.isEmpty()) {
			jdbc.sql("UPDATE portal_link SET contact_id = :back WHERE id IN (:ids)").param("back", back)
					.param("ids", moved).update();
		}
	}

	/** Sites hang on the access's key without ON UPDATE: they are taken off and put back. */
	private void rekey(UUID from, UUID to) {
		Set<UUID> sites = accesses.find(from).map(PortalAccesses.Access::siteIds).orElse(Set.of());
		accesses.replaceSites(from, Set.of());
		jdbc.sql("UPDATE portal_access SET contact_id = :to, version = version + 1, updated_at = now() WHERE contact_id = :from")
				.param("to", to).param("from", from).update();
		accesses.replaceSites(to, sites);
	}

	/**
	 * The survivor signs in with the other's login from now on (the other's access is revoked
	 * already, so its email is free): the survivor's own login, its sessions and links end.
	 */
	void takeLogin(UUID survivorId, PortalAccesses.Access other) {
		links.kill(survivorId, EnumSet.allOf(PortalLinks.Purpose.class), "another login was kept in a merge");
		jdbc.sql("""
				UPDATE portal_access SET status = :status, login_email = :email, login_email_key = :key,
				    password_hash = :hash, invited_at = :invited, invitation_expires_at = :expires,
				    activated_at = :activated, last_login_at = :lastLogin, sessions_valid_after = now(),
				    version = version + 1, updated_at = now()
				WHERE contact_id = :c
				""").param("c", survivorId).param("status", other.storedStatus()).param("email", other.loginEmail())
				.param("key", other.loginEmail() == null ? null : Emails.canonical(other.loginEmail()))
				.param("hash", other.passwordHash()).param("invited", time(other.invitedAt()))
				.param("expires", time(other.invitationExpiresAt())).param("activated", time(other.activatedAt()))
				.param("lastLogin", time(other.lastLoginAt())).update();
	}

	/** Staff asked: the survivor may do what either side could, on the sites either could see. */
	void widen(PortalAccesses.Access survivor, PortalAccesses.Access other) {
		Set<PortalPermission> permissions = EnumSet.noneOf(PortalPermission.class);
		permissions.addAll(survivor.permissions());
		permissions.addAll(other.permissions());
		Set<UUID> sites = new HashSet<>(survivor.siteIds());
		sites.addAll(other.siteIds());
		accesses.saveSettings(survivor.contactId(), survivor.enabled(), permissions,
				survivor.allSites() || other.allSites(), sites);
	}

	private static @Nullable Timestamp time(@Nullable Instant at) {
		return at == null ? null : Timestamp.from(at);
	}
}
