package app.clientele.marketing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.contacts.ContactMerge;
import app.clientele.contacts.ContactMergeStep;
import app.clientele.contacts.MergeLedger;
import app.clientele.contacts.MergeMoves;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A merge gives the survivor the other's list memberships, campaign history and unsubscribe
 * links, and its unsubscribe: an opt-out of either side is the survivor's (the safest choice
 * wins). A campaign both got keeps the survivor's row; the other's is written down. An undo gives
 * the other back its memberships, history, campaign rows and its own opt-out, and takes back the
 * opt-out the survivor only had from the other (unless it unsubscribed again since).
 */
@Component
@Order(40)
class MarketingMergeStep implements ContactMergeStep {

	private static final String MEMBERS = "marketing.marketing_list_member";
	private static final String SHARED_MEMBERS = "marketing.marketing_list_member.shared";
	private static final String RECIPIENTS = "marketing.campaign_recipient";
	private static final String LINKS = "marketing.unsubscribe_link";
	private static final String OPT_OUT = "marketing.marketing_opt_out";
	private static final String SHARED_RECIPIENTS = "marketing.campaign_recipient.shared";
	private static final String TAKEN_OPT_OUT = "marketing.marketing_opt_out.taken";

	private final JdbcClient jdbc;
	private final MergeLedger ledger;

	MarketingMergeStep(JdbcClient jdbc, MergeLedger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	@Override
	public void merge(ContactMerge merge, MergeMoves moves) {
		UUID from = merge.other().id();
		UUID to = merge.survivor().id();
		List<UUID> moved = jdbc.sql("""
				UPDATE marketing_list_member m SET contact_id = :to WHERE contact_id = :from
				AND NOT EXISTS (SELECT 1 FROM marketing_list_member s WHERE s.list_id = m.list_id AND s.contact_id = :to)
				RETURNING list_id
				""").param("to", to).param("from", from).query(UUID.class).list();
		List<UUID> shared = jdbc.sql("SELECT list_id FROM marketing_list_member WHERE contact_id = :from")
				.param("from", from).query(UUID.class).list();
		ledger.record(merge.id(), MEMBERS, moved);
		ledger.record(merge.id(), SHARED_MEMBERS, shared);
		moves.count("listMemberships", moved.size() + shared.size());
		List<UUID> campaigns = jdbc.sql("""
				UPDATE campaign_recipient r SET contact_id = :to WHERE contact_id = :from
				AND NOT EXISTS (SELECT 1 FROM campaign_recipient s WHERE s.campaign_id = r.campaign_id AND s.contact_id = :to)
				RETURNING campaign_id
				""").param("to", to).param("from", from).query(UUID.class).list();
		ledger.record(merge.id(), RECIPIENTS, campaigns);
		moves.count("campaigns", campaigns.size());
		jdbc.sql("SELECT campaign_id::text, to_jsonb(r)::text FROM campaign_recipient r WHERE contact_id = :from")
				.param("from", from).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
				.forEach(row -> ledger.recordState(merge.id(), SHARED_RECIPIENTS, row.getKey(), row.getValue()));
		ledger.record(merge.id(), LINKS, jdbc.sql("UPDATE unsubscribe_link SET contact_id = :to WHERE contact_id = :from RETURNING id")
				.param("to", to).param("from", from).query(UUID.class).list());
		moves.count("unsubscribes", carryOverOptOut(merge));
	}

	/** The other's opt-out becomes the survivor's too; the other's own is written down to give back. */
	private int carryOverOptOut(ContactMerge merge) {
		List<String> own = jdbc.sql("""
				SELECT at::text || '|' || coalesce(campaign_id::text, '') || '|' || via FROM marketing_opt_out
				WHERE contact_id = :from
				""").param("from", merge.other().id()).query(String.class).list();
		ledger.record(merge.id(), OPT_OUT, own);
		int taken = jdbc.sql("""
				INSERT INTO marketing_opt_out (contact_id, at, campaign_id, via)
				SELECT :to, at, campaign_id, via FROM marketing_opt_out WHERE contact_id = :from
				ON CONFLICT (contact_id) DO NOTHING
				""").param("to", merge.survivor().id()).param("from", merge.other().id()).update();
		if (taken > 0) {
			ledger.record(merge.id(), TAKEN_OPT_OUT, own);
		}
		return own.size();
	}

	@Override
	public void undo(ContactMerge merge) {
		membershipsBack(merge);
		ledger.states(merge.id(), SHARED_RECIPIENTS).values().forEach(state -> jdbc.sql("""
				INSERT INTO campaign_recipient
				SELECT (jsonb_populate_record(NULL::campaign_recipient, CAST(:state AS jsonb))).*
				ON CONFLICT (campaign_id, contact_id) DO NOTHING
				""").param("state", state).update());
		optOutsBack(merge);
	}

	private void membershipsBack(ContactMerge merge) {
		UUID back = merge.other().id();
		UUID survivor = merge.survivor().id();
		List<UUID> moved = ledger.recordedIds(merge.id(), MEMBERS);
		if (!moved.isEmpty()) {
			jdbc.sql("UPDATE marketing_list_member SET contact_id = :back WHERE contact_id = :survivor AND list_id IN (:ids)")
					.param("back", back).param("survivor", survivor).param("ids", moved).update();
		}
		for (UUID list : ledger.recordedIds(merge.id(), SHARED_MEMBERS)) {
			jdbc.sql("""
					INSERT INTO marketing_list_member (list_id, contact_id, added_by) VALUES (:list, :back, 'merge undone')
					ON CONFLICT DO NOTHING
					""").param("list", list).param("back", back).update();
		}
		List<UUID> campaigns = ledger.recordedIds(merge.id(), RECIPIENTS);
		if (!campaigns.isEmpty()) {
			jdbc.sql("UPDATE campaign_recipient SET contact_id = :back WHERE contact_id = :survivor AND campaign_id IN (:ids)")
					.param("back", back).param("survivor", survivor).param("ids", campaigns).update();
		}
		List<UUID> links = ledger.recordedIds(merge.id(), LINKS);
		if (!links.isEmpty()) {
			jdbc.sql("UPDATE unsubscribe_link SET contact_id = :back WHERE id IN (:ids)").param("back", back)
					.param("ids", links).update();
		}
	}

	/** The other's own opt-out back; the survivor's taken-over one goes, unless it has been replaced since. */
	private void optOutsBack(ContactMerge merge) {
		UUID back = merge.other().id();
		for (String optOut : ledger.recorded(merge.id(), OPT_OUT)) {
			String[] parts = optOut.split("\\|", 3);
			jdbc.sql("""
					INSERT INTO marketing_opt_out (contact_id, at, campaign_id, via)
					VALUES (:back, CAST(:at AS timestamptz), CAST(NULLIF(:campaign, '') AS uuid), :via)
					ON CONFLICT (contact_id) DO NOTHING
					""").param("back", back).param("at", parts[0]).param("campaign", parts[1]).param("via", parts[2])
					.update();
		}
		for (String optOut : ledger.recorded(merge.id(), TAKEN_OPT_OUT)) {
			String[] parts = optOut.split("\\|", 3);
			jdbc.sql("""
					DELETE FROM marketing_opt_out WHERE contact_id = :survivor AND at = CAST(:at AS timestamptz)
					  AND campaign_id IS NOT DISTINCT FROM CAST(NULLIF(:campaign, '') AS uuid) AND via = :via
					""").param("survivor", merge.survivor().id()).param("at", parts[0]).param("campaign", parts[1])
					.param("via", parts[2]).update();
		}
	}
}
