package app.clientele.activity;

import java.util.List;
import java.util.UUID;

import app.clientele.contacts.ContactMerge;
import app.clientele.contacts.ContactMergeStep;
import app.clientele.contacts.MergeLedger;
import app.clientele.contacts.MergeMoves;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A merge moves the other's timeline (changes, comments, what other modules reported) to the
 * survivor. Last of the steps: entries the other steps write on the merged-away contact (its
 * portal access ending) move with the rest.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ActivityMergeStep implements ContactMergeStep {

	private static final String MOVED = "activity.activity_entry";

	private final JdbcClient jdbc;
	private final MergeLedger ledger;

	ActivityMergeStep(JdbcClient jdbc, MergeLedger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	record Moved(UUID id, String type) {
	}

	@Override
	public void merge(ContactMerge merge, MergeMoves moves) {
		List<Moved> moved = jdbc.sql("UPDATE activity_entry SET contact_id = :to WHERE contact_id = :from RETURNING id, type")
				.param("to", merge.survivor().id()).param("from", merge.other().id())
				.query((rs, n) -> new Moved(rs.getObject("id", UUID.class), rs.getString("type"))).list();
		ledger.record(merge.id(), MOVED, moved.stream().map(Moved::id).toList());
		long comments = moved.stream().filter(m -> ActivityLog.COMMENT.equals(m.type())).count();
		moves.count("activity", moved.size() - (int) comments);
		moves.count("comments", (int) comments);
	}

	@Override
	public void undo(ContactMerge merge) {
		List<UUID> moved = ledger.recordedIds(merge.id(), MOVED);
		if (!moved.isEmpty()) {
			jdbc.sql("UPDATE activity_entry SET contact_id = :back WHERE id IN (:ids) AND contact_id = :survivor")
					.param("back", merge.other().id()).param("ids", moved).param("survivor", merge.survivor().id())
					.update();
		}
	}
}
