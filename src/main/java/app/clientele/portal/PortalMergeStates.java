package app.clientele.portal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.contacts.ContactMerge;
import app.clientele.contacts.MergeLedger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Both contacts' portal access rows as they were before a merge, and putting back on its undo
 * what the merge changed: the other's login it revoked (or its row, gone with the merged-away
 * contact), the survivor's own row it replaced by the other's login or deleted for the other's
 * moved in, the survivor's permissions it widened. A row put back ends the sessions signed in
 * before the undo: they belonged to the merged login.
 */
@Component
class PortalMergeStates {

	/** What the merge did to the logins, written down as the kind's keys. */
	enum Outcome {
		/** The other's access became the survivor's (the survivor's own row was deleted). */
		MOVED,
		/** The survivor took the other's login over its own. */
		TAKEN,
		/** The survivor's permissions and sites became those of both. */
		WIDENED
	}

	private static final String BEFORE = "portal.portal_access.before";
	private static final String OUTCOME = "portal.outcome";

	private final JdbcClient jdbc;
	private final MergeLedger ledger;
	private final PortalAccesses accesses;

	PortalMergeStates(JdbcClient jdbc, MergeLedger ledger, PortalAccesses accesses) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.accesses = accesses;
	}

	/** Writes down both rows (with their sites) before the merge touches them. */
	void remember(ContactMerge merge) {
		for (UUID id : List.of(merge.survivor().id(), merge.other().id())) {
			jdbc.sql("""
					SELECT (to_jsonb(a) || jsonb_build_object('site_ids',
					    ARRAY(SELECT s.site_id FROM portal_access_site s WHERE s.contact_id = a.contact_id)))::text
					FROM portal_access a WHERE a.contact_id = :c
					""").param("c", id).query(String.class).optional()
					.ifPresent(state -> ledger.recordState(merge.id(), BEFORE, id.toString(), state));
		}
	}

	void happened(ContactMerge merge, Outcome outcome) {
		ledger.record(merge.id(), OUTCOME, List.of(outcome.name()));
	}

	/**
	 * Puts back what the merge changed; runs after the moved access went back to the other. The
	 * survivor first, so that a login it took frees its email before the other's comes back.
	 */
	void restore(ContactMerge merge) {
		Set<String> outcome = new HashSet<>(ledger.recorded(merge.id(), OUTCOME));
		Map<String, String> before = ledger.states(merge.id(), BEFORE);
		UUID survivor = merge.survivor().id();
		String own = before.get(survivor.toString());
		if (own != null && (outcome.contains(Outcome.MOVED.name()) || outcome.contains(Outcome.TAKEN.name()))) {
			put(survivor, own);
		}
		else if (own != null && outcome.contains(Outcome.WIDENED.name())) {
			narrow(survivor, own);
		}
		String others = before.get(merge.other().id().toString());
		if (others != null && !outcome.contains(Outcome.MOVED.name())) {
			put(merge.other().id(), others);
		}
	}

	/**
	 * The row as it was, its sessions ended. A login whose email another live login holds by now
	 * comes back revoked: one person per portal login.
	 */
	private void put(UUID contactId, String state) {
		Long version = jdbc.sql("SELECT version FROM portal_access WHERE contact_id = :c").param("c", contactId)
				.query(Long.class).optional().orElse(null);
		jdbc.sql("DELETE FROM portal_access WHERE contact_id = :c").param("c", contactId).update();
		jdbc.sql("""
				INSERT INTO portal_access
				SELECT (jsonb_populate_record(NULL::portal_access, s || jsonb_build_object(
				    'sessions_valid_after', now(), 'updated_at', now(),
				    'version', greatest(CAST(s->>'version' AS bigint), coalesce(CAST(:version AS bigint), 0)) + 1,
				    'status', CASE WHEN s->>'status' IN ('INVITED', 'ACTIVE') AND EXISTS (
				        SELECT 1 FROM portal_access o WHERE o.status IN ('INVITED', 'ACTIVE')
				          AND lower(o.login_email) = lower(s->>'login_email')) THEN 'REVOKED' ELSE s->>'status' END))).*
				FROM (SELECT CAST(:state AS jsonb) AS s) restored
				""").param("state", state).param("version", version).update();
		accesses.replaceSites(contactId, sites(state));
	}

	/** The survivor's own permissions and sites again; the rest of its login stays as it is now. */
	private void narrow(UUID contactId, String state) {
		jdbc.sql("""
				UPDATE portal_access SET permissions = ARRAY(SELECT jsonb_array_elements_text(s->'permissions')),
				    all_sites = CAST(s->>'all_sites' AS boolean), version = version + 1, updated_at = now()
				FROM (SELECT CAST(:state AS jsonb) AS s) restored
				WHERE contact_id = :c
				""").param("state", state).param("c", contactId).update();
		accesses.replaceSites(contactId, sites(state));
	}

	private Set<UUID> sites(String state) {
		return Set.copyOf(jdbc.sql("SELECT CAST(x AS uuid) FROM jsonb_array_elements_text(CAST(:state AS jsonb)->'site_ids') x")
				.param("state", state).query(UUID.class).list());
	}
}
