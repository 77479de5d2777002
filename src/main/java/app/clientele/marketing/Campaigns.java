package app.clientele.marketing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import app.clientele.platform.Actor;
import app.clientele.platform.Cursor;
import app.clientele.platform.FieldConstraints;
import app.clientele.platform.Ids;
import app.clientele.platform.InvalidInput;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns: written, previewed and sent to a list's audience. Sending marks the campaign for the
 * dispatcher, which queues its emails at a steady rate; sending again queues whoever became
 * eligible since, and never anyone twice.
 */
@Service
public class Campaigns {

	static final int MAX_SUBJECT = 200;
	static final int MAX_BODY = 100_000;

	private final JdbcClient jdbc;
	private final MarketingLists lists;
	private final FieldConstraints constraints;

	Campaigns(JdbcClient jdbc, MarketingLists lists, FieldConstraints constraints) {
		this.jdbc = jdbc;
		this.lists = lists;
		this.constraints = constraints;
	}

	@Transactional
	public Campaign create(@Nullable String name, @Nullable UUID listId, @Nullable String subject, @Nullable String body) {
		constraints.valid(new NewCampaign(name, listId, subject, body));
		String n = name.strip();
		String s = subject.strip();
		String b = body.strip();
		try {
			lists.get(listId);
		}
		catch (MarketingListNotFound e) {
			throw new InvalidInput("listId", "is not a marketing list");
		}
		UUID id = Ids.newId();
		jdbc.sql("""
				INSERT INTO campaign (id, name, list_id, subject, body, created_by)
				VALUES (:id, :name, :list, :subject, :body, :by)
				""").param("id", id).param("name", n).param("list", listId).param("subject", s).param("body", b)
				.param("by", Actor.current().label()).update();
		return get(id);
	}

	@Transactional(readOnly = true)
	public Campaign get(UUID id) {
		return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(Campaigns::row).optional()
				.orElseThrow(() -> new CampaignNotFound(id));
	}

	@Transactional(readOnly = true)
	public Page<Campaign> all(PageRequest page) {
		Cursor after = page.cursor(2);
		return Page.of(jdbc.sql(SELECT + """
				 WHERE CAST(:at AS timestamptz) IS NULL OR (c.created_at, c.id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))
				ORDER BY c.created_at DESC, c.id DESC LIMIT :limit
				""").param("at", after == null ? null : after.timestamp(0))
				.param("id", after == null ? null : after.uuid(1)).param("limit", page.fetchSize())
				.query(Campaigns::row).list(), page.limit(), c -> Cursor.of(c.createdAt().toString(), c.id().toString()));
	}

	/** Starts (or resumes) sending: the dispatcher queues the audience; nobody is mailed twice. */
	@Transactional
	public Campaign send(UUID id) {
		get(id);
		jdbc.sql("""
				UPDATE campaign SET status = 'SENDING', sending_at = coalesce(sending_at, now()), completed_at = NULL,
				    version = version + 1, updated_at = now()
				WHERE id = :id
				""").param("id", id).update();
		return get(id);
	}

	private static final String SELECT = """
			SELECT c.*,
			       (SELECT count(*) FROM campaign_recipient r WHERE r.campaign_id = c.id AND r.status <> 'SKIPPED') AS queued,
			       (SELECT count(*) FROM campaign_recipient r WHERE r.campaign_id = c.id AND r.status = 'SENT') AS sent,
			       (SELECT count(*) FROM campaign_recipient r WHERE r.campaign_id = c.id AND r.status = 'FAILED') AS failed
			FROM campaign c""";

	private static Campaign row(ResultSet rs, int n) throws SQLException {
		Timestamp sending = rs.getTimestamp("sending_at");
		Timestamp completed = rs.getTimestamp("completed_at");
		return new Campaign(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("list_id", UUID.class),
				rs.getString("subject"), rs.getString("body"), rs.getString("status"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), sending == null ? null : sending.toInstant(),
				completed == null ? null : completed.toInstant(), rs.getLong("queued"), rs.getLong("sent"),
				rs.getLong("failed"), rs.getLong("version"));
	}
}
