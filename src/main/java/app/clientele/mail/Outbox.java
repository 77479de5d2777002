package app.clientele.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.clientele.platform.Cursor;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox table. A claim marks due rows SENDING with a lease (next_attempt_at = its end) and
 * counts the attempt; every later change names the attempt it belongs to, so a worker whose
 * lease ran out and was taken over changes nothing.
 */
@Repository
class Outbox {

	private static final TypeReference<Map<String, String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;

	Outbox(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(OutboxEmail e) {
		jdbc.sql("""
				INSERT INTO outbox_email (id, template, contact_id, campaign_id, to_address, to_name, subject,
				    placeholder_values, headers, link_purpose, link_id, message_id, created_at)
				VALUES (:id, :template, :contact, :campaign, :to, :name, :subject, CAST(:values AS jsonb),
				    CAST(:headers AS jsonb), :purpose, :linkId, :messageId, :createdAt)
				""")
				.param("id", e.id()).param("template", e.template().name()).param("contact", e.contactId())
				.param("campaign", e.campaignId()).param("to", e.toAddress()).param("name", e.toName())
				.param("subject", e.subject()).param("values", json.writeValueAsString(e.values()))
				.param("headers", json.writeValueAsString(e.headers()))
				.param("purpose", e.link() == null ? null : e.link().purpose())
				.param("linkId", e.link() == null ? null : e.link().linkId()).param("messageId", e.messageId())
				.param("createdAt", Timestamp.from(e.createdAt()))
				.update();
	}

	/** Claims up to {@code batch} due emails for {@code lease}; other nodes skip what this one holds. */
	List<OutboxEmail> claim(int batch, Duration lease) {
		return jdbc.sql("""
				UPDATE outbox_email e
				SET status = 'SENDING', attempts = e.attempts + 1, updated_at = now(),
				    next_attempt_at = now() + make_interval(secs => :lease)
				FROM (SELECT id FROM outbox_email
				      WHERE status IN ('QUEUED', 'SENDING') AND next_attempt_at <= now()
				      ORDER BY next_attempt_at
				      LIMIT :batch
				      FOR UPDATE SKIP LOCKED) due
				WHERE e.id = due.id
				RETURNING e.*
				""")
				.param("lease", lease.toMillis() / 1000.0).param("batch", batch)
				.query(this::row).list();
	}

	/** Extends the lease of claims still held by the attempt named; answers the ids whose lease was extended. */
	Set<UUID> renew(Map<UUID, Integer> claims, Duration lease) {
		return new HashSet<>(jdbc.sql("""
				UPDATE outbox_email o SET next_attempt_at = now() + make_interval(secs => :lease)
				FROM unnest(CAST(:ids AS uuid[]), CAST(:attempts AS integer[])) AS c(id, attempt)
				WHERE o.id = c.id AND o.status = 'SENDING' AND o.attempts = c.attempt
				RETURNING o.id
				""")
				.param("lease", lease.toMillis() / 1000.0).params(idsAndAttempts(claims)).query(UUID.class).list());
	}

	/** Gives claims up unsent: the emails are due again at once, for any node. */
	void release(Map<UUID, Integer> claims) {
		jdbc.sql("""
				UPDATE outbox_email o SET status = 'QUEUED', next_attempt_at = now(), updated_at = now()
				FROM unnest(CAST(:ids AS uuid[]), CAST(:attempts AS integer[])) AS c(id, attempt)
				WHERE o.id = c.id AND o.status = 'SENDING' AND o.attempts = c.attempt
				""").params(idsAndAttempts(claims)).update();
	}

	private static Map<String, Object> idsAndAttempts(Map<UUID, Integer> claims) {
		List<Map.Entry<UUID, Integer>> entries = List.copyOf(claims.entrySet());
		return Map.of("ids", entries.stream().map(Map.Entry::getKey).toArray(UUID[]::new), "attempts",
				entries.stream().map(Map.Entry::getValue).toArray(Integer[]::new));
	}

	/**
	 * How long until the next email falls due (a queued one, a retry, or a claim whose lease runs
	 * out), by the database's clock, which is the one the claim uses; empty when none waits.
	 */
	Optional<Duration> untilNextDue() {
		Long millis = jdbc.sql("""
				SELECT CAST(EXTRACT(EPOCH FROM min(next_attempt_at) - now()) * 1000 AS bigint)
				FROM outbox_email WHERE status IN ('QUEUED', 'SENDING')
				""")
				.query((rs, n) -> rs.getObject(1, Long.class)).list().getFirst();
		return millis == null ? Optional.empty() : Optional.of(Duration.ofMillis(Math.max(0, millis)));
	}

	/**
	 * Marks emails SENT, each with the subject it went out with, in one statement; answers when,
	 * and whose history each is now, for those still held by the attempt that sent them.
	 */
	Map<UUID, Marked> markSent(List<OutboxEmail> emails, List<String> subjects) {
		Map<UUID, Marked> sent = new HashMap<>();
		jdbc.sql("""
				UPDATE outbox_email o SET status = 'SENT', subject = s.subject, sent_at = now(), last_error = NULL,
				    updated_at = now()
				FROM unnest(CAST(:ids AS uuid[]), CAST(:attempts AS integer[]), CAST(:subjects AS text[]))
				     AS s(id, attempt, subject)
				WHERE o.id = s.id AND o.status = 'SENDING' AND o.attempts = s.attempt
				RETURNING o.id, o.sent_at, o.contact_id
				""")
				.param("ids", emails.stream().map(OutboxEmail::id).toArray(UUID[]::new))
				.param("attempts", emails.stream().map(OutboxEmail::attempts).toArray(Integer[]::new))
				.param("subjects", subjects.toArray(String[]::new))
				.query((rs, n) -> sent.put(rs.getObject(1, UUID.class),
						new Marked(rs.getTimestamp(2).toInstant(), rs.getObject(3, UUID.class)))).list();
		return sent;
	}

	boolean markRetry(OutboxEmail e, Duration wait, String error) {
		return jdbc.sql("""
				UPDATE outbox_email SET status = 'QUEUED', last_error = :error, updated_at = now(),
				    next_attempt_at = now() + make_interval(secs => :wait)
				WHERE id = :id AND status = 'SENDING' AND attempts = :attempt
				""")
				.param("id", e.id()).param("attempt", e.attempts()).param("error", error)
				.param("wait", wait.toMillis() / 1000.0).update() == 1;
	}

	/** Ends an email as FAILED or CANCELLED, with the error or the reason; empty when it was not sending. */
	Optional<Marked> markEnded(OutboxEmail e, EmailStatus status, String why) {
		return jdbc.sql("""
				UPDATE outbox_email SET status = :status, last_error = :why, updated_at = now()
				WHERE id = :id AND status = 'SENDING' AND attempts = :attempt
				RETURNING updated_at, contact_id
				""")
				.param("id", e.id()).param("attempt", e.attempts()).param("status", status.name()).param("why", why)
				.query((rs, n) -> new Marked(rs.getTimestamp(1).toInstant(), rs.getObject(2, UUID.class))).optional();
	}

	/** Cancels the queued (not yet claimed) emails of a contact with a template; returns them. */
	List<OutboxEmail> cancelQueued(UUID contactId, TemplateKey template, String reason) {
		return jdbc.sql("""
				UPDATE outbox_email SET status = 'CANCELLED', last_error = :reason, updated_at = now()
				WHERE contact_id = :contact AND template = :template AND status = 'QUEUED'
				RETURNING *
				""")
				.param("contact", contactId).param("template", template.name()).param("reason", reason)
				.query(this::row).list();
	}

	Optional<OutboxEmail> find(UUID id) {
		return jdbc.sql("SELECT * FROM outbox_email WHERE id = :id").param("id", id).query(this::row).optional();
	}

	/** A contact's message history, newest first: every email but the cancelled ones. */
	List<OutboxEmail> ofContact(UUID contactId, PageRequest page) {
		Cursor after = page.cursor(2);
		return jdbc.sql("""
				SELECT * FROM outbox_email
				WHERE contact_id = :contact AND status <> 'CANCELLED'
				  AND (CAST(:at AS timestamptz) IS NULL OR (created_at, id) < (CAST(:at AS timestamptz), CAST(:id AS uuid)))
				ORDER BY created_at DESC, id DESC
				LIMIT :limit
				""")
				.param("contact", contactId).param("at", at(after)).param("id", after == null ? null : after.uuid(1))
				.param("limit", page.fetchSize())
				.query(this::row).list();
	}

	/**
	 * The whole outbox, newest first, optionally of one status, or only what still waits (queued or
	 * being sent) since before {@code waitingBefore}.
	 */
	List<OutboxEmail> recent(@Nullable EmailStatus status, @Nullable Instant waitingBefore, PageRequest page) {
		Cursor after = page.cursor(2);
		return jdbc.sql("""
				SELECT * FROM outbox_email
				WHERE (CAST(:status AS text) IS NULL OR status = :status)
				  AND (CAST(:before AS timestamptz) IS NULL
				       OR status IN ('QUEUED', 'SENDING') AND created_at < CAST(:before AS timestamptz))
				  AND (CAST(:at AS timestamptz) IS NULL OR (created_at, id) < (CAST(:at AS timestamptz), CAST(:id AS uuid)))
				ORDER BY created_at DESC, id DESC
				LIMIT :limit
				""")
				.param("status", status == null ? null : status.name()).param("at", at(after))
				.param("before", waitingBefore == null ? null : Timestamp.from(waitingBefore))
				.param("id", after == null ? null : after.uuid(1)).param("limit", page.fetchSize())
				.query(this::row).list();
	}

	long count(EmailStatus status) {
		return jdbc.sql("SELECT count(*) FROM outbox_email WHERE status = :status").param("status", status.name())
				.query(Long.class).single();
	}

	/** Emails queued before {@code before} that still wait (the partial index of due emails holds only those). */
	long countWaitingBefore(Instant before) {
		return jdbc.sql("""
				SELECT count(*) FROM outbox_email WHERE status IN ('QUEUED', 'SENDING') AND created_at < :before
				""").param("before", Timestamp.from(before)).query(Long.class).single();
	}

	boolean sentTo(UUID contactId) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM outbox_email WHERE contact_id = :contact AND status IN ('SENT', 'SENDING'))
				""").param("contact", contactId).query(Boolean.class).single();
	}

	static Cursor cursorOf(OutboxEmail e) {
		return Cursor.of(e.createdAt().toString(), e.id().toString());
	}

	private static @Nullable Timestamp at(@Nullable Cursor after) {
		return after == null ? null : after.timestamp(0);
	}

	private OutboxEmail row(ResultSet rs, int n) throws SQLException {
		String purpose = rs.getString("link_purpose");
		Timestamp sent = rs.getTimestamp("sent_at");
		return new OutboxEmail(rs.getObject("id", UUID.class), TemplateKey.valueOf(rs.getString("template")),
				rs.getObject("contact_id", UUID.class), rs.getObject("campaign_id", UUID.class),
				rs.getString("to_address"), rs.getString("to_name"), rs.getString("subject"),
				json.readValue(rs.getString("placeholder_values"), STRINGS), json.readValue(rs.getString("headers"), STRINGS),
				purpose == null ? null : new LinkRequest(purpose, rs.getObject("link_id", UUID.class)),
				rs.getString("message_id"), EmailStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
				sent == null ? null : sent.toInstant());
	}
}
