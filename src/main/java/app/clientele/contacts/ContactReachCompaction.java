package app.clientele.contacts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds the delta rows of contact_reach_count (written by V77's triggers, one per statement that
 * changed a marketing reason) into one row per reason, so that reading the counts stays a sum of
 * a handful of rows. One statement: rows a writer adds meanwhile are not in it and stay; a second
 * node folding at the same time skips the rows this one took.
 */
@Component
class ContactReachCompaction {

	private final JdbcClient jdbc;

	ContactReachCompaction(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	@Transactional
	public void compact() {
		jdbc.sql("""
				WITH gone AS (DELETE FROM contact_reach_count RETURNING reason, contacts)
				INSERT INTO contact_reach_count (reason, contacts)
				SELECT reason, sum(contacts) FROM gone GROUP BY reason HAVING sum(contacts) <> 0
				""").update();
	}
}
