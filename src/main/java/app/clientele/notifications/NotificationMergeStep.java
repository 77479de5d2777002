package app.clientele.notifications;

import java.util.List;
import java.util.UUID;

import app.clientele.contacts.ContactMerge;
import app.clientele.contacts.ContactMergeStep;
import app.clientele.contacts.MergeLedger;
import app.clientele.contacts.MergeMoves;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A merge moves the documents sent to the other to the survivor, and the other's topic choices
 * when the survivor has none of its own (the survivor's own choices are never overwritten). The
 * other's choices that stay behind go with the merged-away contact; they are written down, and an
 * undo gives them back.
 */
@Component
@Order(30)
class NotificationMergeStep implements ContactMergeStep {

	private static final String DELIVERIES = "notifications.document_delivery";
	private static final String TOPICS = "notifications.notification_topics";
	private static final String OWN_TOPICS = "notifications.notification_topics.not_moved";

	private final JdbcClient jdbc;
	private final MergeLedger ledger;

	NotificationMergeStep(JdbcClient jdbc, MergeLedger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	@Override
	public void merge(ContactMerge merge, MergeMoves moves) {
		UUID from = merge.other().id();
		UUID to = merge.survivor().id();
		List<UUID> moved = jdbc.sql("UPDATE document_delivery SET contact_id = :to WHERE contact_id = :from RETURNING id")
				.param("to", to).param("from", from).query(UUID.class).list();
		ledger.record(merge.id(), DELIVERIES, moved);
		moves.count("documents", moved.size());
		int topics = jdbc.sql("""
				UPDATE notification_topics SET contact_id = :to
				WHERE contact_id = :from AND NOT EXISTS (SELECT 1 FROM notification_topics t WHERE t.contact_id = :to)
				""").param("to", to).param("from", from).update();
		if (topics > 0) {
			ledger.record(merge.id(), TOPICS, List.of(from));
		}
		else {
			jdbc.sql("SELECT to_jsonb(t)::text FROM notification_topics t WHERE contact_id = :from").param("from", from)
					.query(String.class).optional()
					.ifPresent(state -> ledger.recordState(merge.id(), OWN_TOPICS, from.toString(), state));
		}
	}

	@Override
	public void undo(ContactMerge merge) {
		List<UUID> moved = ledger.recordedIds(merge.id(), DELIVERIES);
		if (!moved.isEmpty()) {
			jdbc.sql("UPDATE document_delivery SET contact_id = :back WHERE id IN (:ids) AND contact_id = :survivor")
					.param("back", merge.other().id()).param("ids", moved).param("survivor", merge.survivor().id())
					.update();
		}
		if (!ledger.recorded(merge.id(), TOPICS).isEmpty()) {
			jdbc.sql("UPDATE notification_topics SET contact_id = :back WHERE contact_id = :survivor")
					.param("back", merge.other().id()).param("survivor", merge.survivor().id()).update();
		}
		ledger.states(merge.id(), OWN_TOPICS).values().forEach(state -> jdbc.sql("""
				INSERT INTO notification_topics
				SELECT (jsonb_populate_record(NULL::notification_topics, CAST(:state AS jsonb) || jsonb_build_object(
				    'contact_id', CAST(:back AS uuid), 'updated_at', now()))).*
				ON CONFLICT (contact_id) DO NOTHING
				""").param("state", state).param("back", merge.other().id()).update());
	}
}
