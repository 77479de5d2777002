package app.clientele.portal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.clientele.contacts.ContactMerge;
import app.clientele.contacts.ContactMergeStep;
import app.clientele.contacts.MergeChoice;
import app.clientele.contacts.MergeLedger;
import app.clientele.contacts.MergeMoves;
import app.clientele.platform.InvalidInput;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A merge moves the other's login requests and self-registrations to the survivor, and keeps at
 * most one portal login: the live one (invited or active; active beats invited); when both are
 * equally live, staff choose ({@code portalLogin}) and the other login ends (sessions, links).
 * Across accounts the other's login ends, as on a move. Permissions never widen silently: the
 * survivor keeps its own unless staff ask ({@code widenPermissions}). First of the steps, so the
 * timeline entries of an ending login move with the rest of the history. An undo puts back what
 * the merge changed of either login ({@link PortalMergeStates}).
 */
@Component
@Order(10)
class PortalMergeStep implements ContactMergeStep {

	private static final String REQUESTS = "portal.login_request";
	private static final String REGISTRATIONS = "portal.self_registration";

	private final JdbcClient jdbc;
	private final MergeLedger ledger;
	private final PortalAccesses accesses;
	private final PortalLoginMerge logins;
	private final PortalManagement portal;
	private final PortalClock clock;
	private final PortalMergeStates states;

	PortalMergeStep(JdbcClient jdbc, MergeLedger ledger, PortalAccesses accesses, PortalLoginMerge logins,
			PortalManagement portal, PortalClock clock, PortalMergeStates states) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.accesses = accesses;
		this.logins = logins;
		this.portal = portal;
		this.clock = clock;
		this.states = states;
	}

	@Override
	public void merge(ContactMerge merge, MergeMoves moves) {
		UUID from = merge.other().id();
		UUID to = merge.survivor().id();
		List<UUID> requests = jdbc.sql("UPDATE login_request SET contact_id = :to WHERE contact_id = :from RETURNING id")
				.param("to", to).param("from", from).query(UUID.class).list();
		ledger.record(merge.id(), REQUESTS, requests);
		moves.count("loginRequests", requests.size());
		ledger.record(merge.id(), REGISTRATIONS, jdbc.sql(
				"UPDATE self_registration SET contact_id = :to WHERE contact_id = :from RETURNING id")
				.param("to", to).param("from", from).query(UUID.class).list());
		states.remember(merge);
		moves.portal(login(merge));
	}

	private String login(ContactMerge merge) {
		Instant now = clock.now();
		Optional<PortalAccesses.Access> other = accesses.find(merge.other().id()).filter(a -> live(a, now));
		Optional<PortalAccesses.Access> survivor = accesses.find(merge.survivor().id()).filter(a -> live(a, now));
		if (other.isEmpty()) {
			return survivor.isPresent() ? "This contact keeps its portal login; the other has none."
					: "Neither contact has a portal login.";
		}
		if (merge.acrossAccounts()) {
			portal.revoke(merge.other().id(), "the contact was merged into a contact of another account");
			return "The other contact's portal login ends: it belonged to another account.";
		}
		if (survivor.isEmpty()) {
			logins.move(merge);
			states.happened(merge, PortalMergeStates.Outcome.MOVED);
			return "The other contact's portal login moves to this contact, with its permissions.";
		}
		MergeChoice kept = kept(survivor.get(), other.get(), merge);
		portal.revoke(merge.other().id(), "the contact was merged into another contact and its login was not kept");
		if (kept == MergeChoice.OTHER) {
			logins.takeLogin(merge.survivor().id(), other.get());
			states.happened(merge, PortalMergeStates.Outcome.TAKEN);
		}
		if (merge.request().widenPermissions()) {
			logins.widen(survivor.get(), other.get());
			states.happened(merge, PortalMergeStates.Outcome.WIDENED);
		}
		return (kept == MergeChoice.OTHER ? "The other contact's portal login is kept; this contact's login ends"
				: "This contact's portal login is kept; the other's ends") + (merge.request().widenPermissions()
						? ", with the permissions of both." : ", with this contact's permissions.");
	}

	private static MergeChoice kept(PortalAccesses.Access survivor, PortalAccesses.Access other, ContactMerge merge) {
		if (!survivor.storedStatus().equals(other.storedStatus())) {
			return "ACTIVE".equals(survivor.storedStatus()) ? MergeChoice.THIS : MergeChoice.OTHER;
		}
		MergeChoice chosen = merge.request().portalLogin();
		if (chosen == null) {
			throw new InvalidInput("portalLogin", "is required: both contacts have a portal login; choose THIS or OTHER");
		}
		return chosen;
	}

	private static boolean live(PortalAccesses.Access access, Instant now) {
		PortalStatus status = access.status(now);
		return status == PortalStatus.ACTIVE || status == PortalStatus.INVITED;
	}

	@Override
	public void undo(ContactMerge merge) {
		UUID back = merge.other().id();
		for (String kind : List.of(REQUESTS, REGISTRATIONS)) {
			List<UUID> ids = ledger.recordedIds(merge.id(), kind);
			if (!ids.isEmpty()) {
				String table = kind.equals(REQUESTS) ? "login_request" : "self_registration";
				jdbc.sql("UPDATE " + table + " SET contact_id = :back WHERE id IN (:ids)").param("back", back)
						.param("ids", ids).update();
			}
		}
		logins.moveBack(merge);
		states.restore(merge);
	}
}
