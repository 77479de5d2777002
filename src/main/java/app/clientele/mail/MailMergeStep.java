package app.clientele.mail;

import java.util.List;
import java.util.UUID;

import app.clientele.contacts.ContactMerge;
import app.clientele.contacts.ContactMergeStep;
import app.clientele.contacts.MergeLedger;
import app.clientele.contacts.MergeMoves;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A merge moves the other's emails (sent, queued, failed) to the survivor's history. */
@Component
@Order(20)
class MailMergeStep implements ContactMergeStep {

	private static final String MOVED = "mail.outbox_email";

	private final JdbcClient jdbc;
	private final MergeLedger ledger;

	MailMergeStep(JdbcClient jdbc, MergeLedger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	@Override
	public void merge(ContactMerge merge, MergeMoves moves) {
		List<UUID> moved = jdbc.sql("UPDATE outbox_email SET contact_id = :to WHERE contact_id = :from RETURNING id")
				.param("to", merge.survivor().id()).param("from", merge.other().id()).query(UUID.class).list();
		ledger.record(merge.id(), MOVED, moved);
		moves.count("emails", moved.size());
	}

	@Override
	public void undo(ContactMerge merge) {
		List<UUID> moved = ledger.recordedIds(merge.id(), MOVED);
		if (!moved.isEmpty()) {
			jdbc.sql("UPDATE outbox_email SET contact_id = :back WHERE id IN (:ids) AND contact_id = :survivor")
					.param("back", merge.other().id()).param("ids", moved).param("survivor", merge.survivor().id())
					.update();
		}
	}
}
