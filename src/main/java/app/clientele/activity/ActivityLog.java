package app.clientele.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.contacts.ContactManagement;
import app.clientele.platform.Actor;
import app.clientele.platform.Cursor;
import app.clientele.platform.Ids;
import app.clientele.platform.FieldConstraints;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A contact's timeline, newest first, and the comments staff add to it. */
@Service
public class ActivityLog {

	public static final String COMMENT = "COMMENT";
	static final int MAX_COMMENT = 5000;

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final ContactManagement contacts;
	private final FieldConstraints constraints;

	ActivityLog(JdbcClient jdbc, JsonMapper json, ContactManagement contacts, FieldConstraints constraints) {
		this.constraints = constraints;
		this.jdbc = jdbc;
		this.json = json;
		this.contacts = contacts;
	}

	@Transactional(readOnly = true)
	public Page<ActivityEntry> timeline(UUID contactId, PageRequest page) {
		return timeline(contactId, null, page);
	}

	/** The timeline's entries of one kind only (null: every kind), newest first. */
	@Transactional(readOnly = true)
	public Page<ActivityEntry> timeline(UUID contactId, @Nullable ActivityKind kind, PageRequest page) {
		contacts.get(contactId);
		Cursor after = page.cursor(2);
		List<ActivityEntry> entries = jdbc.sql("""
				SELECT id, contact_id, at, actor_kind, actor_id, actor_name, type, details::text AS details
				FROM activity_entry
				WHERE contact_id = :contact
				  AND (CAST(:at AS timestamptz) IS NULL OR (at, id) < (CAST(:at AS timestamptz), CAST(:id AS uuid)))
				""" + (kind == null ? "" : "  AND " + kind.sql() + "\n") + """
				ORDER BY at DESC, id DESC
				LIMIT :limit
				""")
				.param("contact", contactId)
				.param("at", after == null ? null : after.timestamp(0))
				.param("id", after == null ? null : after.uuid(1))
				.param("limit", page.fetchSize())
				.query(this::entry).list();
		return Page.of(entries, page.limit(), e -> Cursor.of(e.at().toString(), e.id().toString()));
	}

	/** The latest entries of every contact's timeline, newest first, paged like a timeline. */
	@Transactional(readOnly = true)
	public Page<ActivityEntry> recent(PageRequest page) {
		Cursor after = page.cursor(2);
		List<ActivityEntry> entries = jdbc.sql("""
				SELECT id, contact_id, at, actor_kind, actor_id, actor_name, type, details::text AS details
				FROM activity_entry
				WHERE CAST(:at AS timestamptz) IS NULL OR (at, id) < (CAST(:at AS timestamptz), CAST(:id AS uuid))
				ORDER BY at DESC, id DESC
				LIMIT :limit
				""")
				.param("at", after == null ? null : after.timestamp(0))
				.param("id", after == null ? null : after.uuid(1))
				.param("limit", page.fetchSize())
				.query(this::entry).list();
		return Page.of(entries, page.limit(), e -> Cursor.of(e.at().toString(), e.id().toString()));
	}

	/**
	 * Whether the contact's timeline holds anything besides entries of these types: whether
	 * something happened to it beyond, say, its creation (an import's undo asks before it deletes).
	 */
	@Transactional(readOnly = true)
	public boolean hasEntriesBesides(UUID contactId, java.util.Set<String> types) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM activity_entry WHERE contact_id = :contact
				               AND NOT (type = ANY(CAST(:types AS text[]))))
				""").param("contact", contactId).param("types", types.toArray(String[]::new)).query(Boolean.class).single();
	}

	/** Adds a staff comment to the contact's timeline. */
	@Transactional
	public ActivityEntry comment(UUID contactId, String text) {
		contacts.get(contactId);
		String t = constraints.valid(new NewComment(text)).text().strip();
		return record(contactId, COMMENT, Map.of("text", t), Actor.current());
	}

	ActivityEntry record(UUID contactId, String type, Map<String, Object> details, Actor actor) {
		UUID id = Ids.newId();
		Instant at = Instant.now();
		jdbc.sql("""
				INSERT INTO activity_entry (id, contact_id, at, actor_kind, actor_id, actor_name, type, details)
				VALUES (:id, :contact, :at, :kind, :actorId, :actorName, :type, CAST(:details AS jsonb))
				""")
				.param("id", id).param("contact", contactId).param("at", Timestamp.from(at))
				.param("kind", actor.kind().name()).param("actorId", actor.id()).param("actorName", actor.name())
				.param("type", type).param("details", json.writeValueAsString(details)).update();
		return new ActivityEntry(id, contactId, at, actor, type, details);
	}

	/** An entry to write with others in one statement. */
	record NewEntry(UUID contactId, String type, Map<String, Object> details, Actor actor) {
	}

	void recordAll(List<NewEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		Timestamp at = Timestamp.from(Instant.now());
		jdbc.sql("""
				INSERT INTO activity_entry (id, contact_id, at, actor_kind, actor_id, actor_name, type, details)
				SELECT id, contact, :at, kind, actor, name, type, CAST(details AS jsonb)
				FROM unnest(CAST(:ids AS uuid[]), CAST(:contacts AS uuid[]), CAST(:kinds AS text[]),
				    CAST(:actors AS uuid[]), CAST(:names AS text[]), CAST(:types AS text[]), CAST(:details AS text[]))
				    AS e(id, contact, kind, actor, name, type, details)
				""").param("at", at)
				.param("ids", entries.stream().map(e -> Ids.newId()).toArray(UUID[]::new))
				.param("contacts", entries.stream().map(NewEntry::contactId).toArray(UUID[]::new))
				.param("kinds", entries.stream().map(e -> e.actor().kind().name()).toArray(String[]::new))
				.param("actors", entries.stream().map(e -> e.actor().id()).toArray(UUID[]::new))
				.param("names", entries.stream().map(e -> e.actor().name()).toArray(String[]::new))
				.param("types", entries.stream().map(NewEntry::type).toArray(String[]::new))
				.param("details", entries.stream().map(e -> json.writeValueAsString(e.details())).toArray(String[]::new))
				.update();
	}

	private Map<String, Object> details(String text) {
		return json.readValue(text, new TypeReference<Map<String, Object>>() {
		});
	}

	private ActivityEntry entry(ResultSet rs, int n) throws SQLException {
		return new ActivityEntry(rs.getObject("id", UUID.class), rs.getObject("contact_id", UUID.class),
				rs.getTimestamp("at").toInstant(),
				new Actor(Actor.Kind.valueOf(rs.getString("actor_kind")), rs.getObject("actor_id", UUID.class),
						rs.getString("actor_name")),
				rs.getString("type"), details(rs.getString("details")));
	}
}
