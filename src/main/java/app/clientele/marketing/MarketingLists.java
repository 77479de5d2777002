package app.clientele.marketing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactEmailability;
import app.clientele.contacts.Emailability;
import app.clientele.contacts.Emailability.Purpose;
import app.clientele.platform.Actor;
import app.clientele.platform.Cursor;
import app.clientele.platform.FieldConstraints;
import app.clientele.platform.Ids;
import app.clientele.platform.Keyed;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Marketing lists, their members, and the audience a campaign to a list reaches. */
@Service
public class MarketingLists {

	/** The reason a member is left out when only marketing's own unsubscribes keep it out. */
	static final String UNSUBSCRIBED = "UNSUBSCRIBED";

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final ContactEmailability contacts;

	private final FieldConstraints constraints;

	MarketingLists(JdbcClient jdbc, ApplicationEventPublisher events, ContactEmailability contacts,
			FieldConstraints constraints) {
		this.constraints = constraints;
		this.jdbc = jdbc;
		this.events = events;
		this.contacts = contacts;
	}

	@Transactional
	public MarketingList create(String name) {
		String n = constraints.valid(new NewMarketingList(name)).name().strip();
		UUID id = Ids.newId();
		try {
			jdbc.sql("INSERT INTO marketing_list (id, name, created_by) VALUES (:id, :name, :by)").param("id", id)
					.param("name", n).param("by", Actor.current().label()).update();
		}
		catch (DuplicateKeyException e) {
			throw new ListNameTaken(n);
		}
		return get(id);
	}

	@Transactional(readOnly = true)
	public MarketingList get(UUID id) {
		return jdbc.sql("""
				SELECT l.*, (SELECT count(*) FROM marketing_list_member m WHERE m.list_id = l.id) AS members
				FROM marketing_list l WHERE l.id = :id
				""").param("id", id).query(MarketingLists::list).optional().orElseThrow(() -> new MarketingListNotFound(id));
	}

	@Transactional(readOnly = true)
	public Page<MarketingList> all(PageRequest page) {
		Cursor after = page.cursor(2);
		return Page.keyed(jdbc.sql("""
				SELECT l.*, (SELECT count(*) FROM marketing_list_member m WHERE m.list_id = l.id) AS members,
				       lower(l.name) AS sort_name
				FROM marketing_list l
				WHERE CAST(:name AS text) IS NULL OR (lower(l.name), l.id) > (:name, CAST(:id AS uuid))
				ORDER BY lower(l.name), l.id LIMIT :limit
				""").param("name", after == null ? null : after.value(0)).param("id", after == null ? null : after.uuid(1))
				.param("limit", page.fetchSize()).query(Keyed.rows(MarketingLists::list, "sort_name", "id")).list(),
				page.limit());
	}

	/** Adds contacts to a list; each is added once however often it is named. */
	@Transactional
	public MembersAdded addMembers(UUID listId, List<UUID> contactIds) {
		MarketingList list = get(listId);
		constraints.valid(new NewMembers(contactIds));
		Set<UUID> ids = new LinkedHashSet<>(contactIds);
		Set<UUID> existing = Set.copyOf(jdbc.sql("SELECT id FROM contact_directory WHERE id IN (:ids)").param("ids", ids)
				.query(UUID.class).list());
		List<UUID> added = new ArrayList<>();
		List<UUID> already = new ArrayList<>();
		List<UUID> missing = new ArrayList<>();
		Actor actor = Actor.current();
		for (UUID id : ids) {
			if (!existing.contains(id)) {
				missing.add(id);
				continue;
			}
			int rows = jdbc.sql("""
					INSERT INTO marketing_list_member (list_id, contact_id, added_by) VALUES (:list, :contact, :by)
					ON CONFLICT DO NOTHING
					""").param("list", listId).param("contact", id).param("by", actor.label()).update();
			if (rows == 1) {
				added.add(id);
				events.publishEvent(new AddedToMarketingList(listId, list.name(), id, actor));
			}
			else {
				already.add(id);
			}
		}
		return new MembersAdded(added, already, missing);
	}

	@Transactional
	public void removeMember(UUID listId, UUID contactId) {
		MarketingList list = get(listId);
		int rows = jdbc.sql("DELETE FROM marketing_list_member WHERE list_id = :list AND contact_id = :contact")
				.param("list", listId).param("contact", contactId).update();
		if (rows == 0) {
			throw new app.clientele.platform.NotFound("Member", contactId);
		}
		events.publishEvent(new RemovedFromMarketingList(listId, list.name(), contactId, Actor.current()));
	}

	@Transactional(readOnly = true)
	public Page<Member> members(UUID listId, PageRequest page) {
		get(listId);
		Cursor after = page.cursor(3);
		return Page.keyed(jdbc.sql("""
				SELECT c.id, c.first_name, c.last_name, c.email, c.archived_at, m.added_at, m.added_by,
				       lower(c.last_name) AS sort_last, lower(c.first_name) AS sort_first
				FROM marketing_list_member m JOIN contact_directory c ON c.id = m.contact_id
				WHERE m.list_id = :list
				  AND (CAST(:l AS text) IS NULL OR (lower(c.last_name), lower(c.first_name), c.id) > (:l, :f, CAST(:id AS uuid)))
				ORDER BY lower(c.last_name), lower(c.first_name), c.id LIMIT :limit
				""").param("list", listId).param("l", after == null ? null : after.value(0))
				.param("f", after == null ? null : after.value(1)).param("id", after == null ? null : after.uuid(2))
				.param("limit", page.fetchSize())
				.query(Keyed.rows((rs, n) -> new Member(rs.getObject("id", UUID.class), rs.getString("first_name") + " " + rs.getString("last_name"),
						rs.getString("email"), rs.getTimestamp("archived_at") == null, rs.getTimestamp("added_at").toInstant(),
						rs.getString("added_by")), "sort_last", "sort_first", "id"))
				.list(), page.limit());
	}

	/** The lists a contact is on, for its page. */
	@Transactional(readOnly = true)
	public List<MarketingList> listsOf(UUID contactId) {
		return jdbc.sql("""
				SELECT l.*, (SELECT count(*) FROM marketing_list_member x WHERE x.list_id = l.id) AS members
				FROM marketing_list l JOIN marketing_list_member m ON m.list_id = l.id
				WHERE m.contact_id = :c ORDER BY lower(l.name)
				""").param("c", contactId).query(MarketingLists::list).list();
	}

	@Transactional(readOnly = true)
	public Audience audience(UUID listId) {
		get(listId);
		record Row(UUID id, String name, @Nullable String email, boolean unsubscribed) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT c.id, c.first_name, c.middle_name, c.last_name, c.email, o.contact_id IS NOT NULL AS unsubscribed
				FROM marketing_list_member m JOIN contact_directory c ON c.id = m.contact_id
				LEFT JOIN marketing_opt_out o ON o.contact_id = c.id
				WHERE m.list_id = :list
				ORDER BY lower(c.last_name), lower(c.first_name), c.id
				""").param("list", listId).query((rs, n) -> new Row(rs.getObject("id", UUID.class),
						Contact.displayName(rs.getString("first_name"), rs.getString("middle_name"), rs.getString("last_name")),
						rs.getString("email"), rs.getBoolean("unsubscribed"))).list();
		Map<UUID, Emailability> emailability = contacts.of(rows.stream().map(Row::id).toList(), Purpose.MARKETING);
		List<Audience.Eligible> eligible = new ArrayList<>();
		List<Audience.Excluded> excluded = new ArrayList<>();
		for (Row row : rows) {
			Emailability e = emailability.get(row.id());
			if (e == null) {
				continue; // deleted between the two reads: no longer a member
			}
			String reason = exclusion(e, row.unsubscribed());
			if (reason == null) {
				eligible.add(new Audience.Eligible(row.id(), row.name(), String.valueOf(row.email())));
			}
			else {
				excluded.add(new Audience.Excluded(row.id(), row.name(), reason));
			}
		}
		return new Audience(eligible, excluded);
	}

	/**
	 * Why a member is left out of campaigns, or null when it may get them: the contact's marketing
	 * emailability first, then marketing's own unsubscribes.
	 */
	static @Nullable String exclusion(Emailability emailability, boolean unsubscribed) {
		if (!emailability.allowed()) {
			return emailability.reason().shown();
		}
		return unsubscribed ? UNSUBSCRIBED : null;
	}

	private static MarketingList list(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new MarketingList(rs.getObject("id", UUID.class), rs.getString("name"), rs.getLong("members"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getLong("version"));
	}
}
