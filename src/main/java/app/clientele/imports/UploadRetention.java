package app.clientele.imports;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * An upload's rows are kept for {@link #KEPT}: long enough to import after a dry run, download the
 * problem rows and undo (seven days); then they go (a million rows is a few hundred MB), and the
 * import's record, counts and outcomes stay for the history. Uploads never imported go after a day.
 * An upload an import started on in the last 30 days keeps its rows, so no import runs out of rows.
 */
@Component
class UploadRetention {

	static final Duration KEPT = Duration.ofDays(30);
	static final Duration NEVER_IMPORTED = Duration.ofDays(1);
	private static final Logger log = LoggerFactory.getLogger(UploadRetention.class);

	private final JdbcClient jdbc;

	UploadRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Scheduled(fixedDelay = 3_600_000, initialDelay = 300_000)
	void purge() {
		Instant now = Instant.now();
		int rows = jdbc.sql("""
				DELETE FROM contact_import_row r USING contact_import_upload u
				WHERE r.upload_id = u.id
				  AND NOT EXISTS (SELECT 1 FROM contact_import i WHERE i.upload_id = u.id AND i.created_at >= :kept)
				  AND (u.created_at < :kept
				    OR (u.created_at < :unused AND NOT EXISTS (SELECT 1 FROM contact_import i WHERE i.upload_id = u.id)))
				""").param("kept", Timestamp.from(now.minus(KEPT))).param("unused", Timestamp.from(now.minus(NEVER_IMPORTED)))
				.update();
		if (rows > 0) {
			log.info("Removed {} rows of uploads past their retention", rows);
		}
	}
}
