package app.clientele.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.contacts.ContactManagement;
import app.clientele.platform.Cursor;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How far contacts have come into the portal: invited, activated, signed in this month (each
 * stage a part of the one before; access that ended counts in none), and the invitations whose
 * link ran out unused. A month is the calendar month in UTC.
 */
@Service
public class PortalAdoption {

	/** A stage of the funnel, or the expired invitations beside it. */
	public enum Stage {
		/** Invited and not ended: the invitation waits or ran out, or the person activated. */
		INVITED("status IN ('INVITED', 'ACTIVE')"),
		ACTIVATED("status = 'ACTIVE'"),
		SIGNED_IN_THIS_MONTH("status = 'ACTIVE' AND last_login_at >= :month"),
		EXPIRED("status = 'INVITED' AND invitation_expires_at <= :now");

		private final String condition;

		Stage(String condition) {
			this.condition = condition;
		}
	}

	/** The count of each stage. */
	public record Figures(long invited, long activated, long signedInThisMonth, long expired) {
	}

	/** A contact in a stage, with its name as the contacts module gives it. */
	public record Person(UUID contactId, String name, @Nullable Instant invitedAt, @Nullable Instant expiresAt,
			@Nullable Instant activatedAt, @Nullable Instant lastLoginAt) {
	}

	private final JdbcClient jdbc;
	private final PortalClock clock;
	private final ContactManagement contacts;

	PortalAdoption(JdbcClient jdbc, PortalClock clock, ContactManagement contacts) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.contacts = contacts;
	}

	/** Every figure in one pass over the portal's access rows. */
	@Transactional(readOnly = true)
	public Figures figures() {
		Instant now = clock.now();
		return jdbc.sql("SELECT count(*) FILTER (WHERE " + Stage.INVITED.condition + ") AS invited,"
				+ " count(*) FILTER (WHERE " + Stage.ACTIVATED.condition + ") AS activated,"
				+ " count(*) FILTER (WHERE " + Stage.SIGNED_IN_THIS_MONTH.condition + ") AS signed_in,"
				+ " count(*) FILTER (WHERE " + Stage.EXPIRED.condition + ") AS expired FROM portal_access")
				.param("now", Timestamp.from(now)).param("month", Timestamp.from(monthStart(now)))
				.query((rs, n) -> new Figures(rs.getLong("invited"), rs.getLong("activated"), rs.getLong("signed_in"),
						rs.getLong("expired")))
				.single();
	}

	/** The contacts in a stage, in the order they were created (ids are time-ordered). */
	@Transactional(readOnly = true)
	public Page<Person> people(Stage stage, PageRequest page) {
		Instant now = clock.now();
		Cursor after = page.cursor(1);
		List<Row> rows = jdbc.sql("SELECT contact_id, invited_at, invitation_expires_at, activated_at, last_login_at"
				+ " FROM portal_access WHERE " + stage.condition
				+ " AND (CAST(:after AS uuid) IS NULL OR contact_id > CAST(:after AS uuid))"
				+ " ORDER BY contact_id LIMIT :limit")
				.param("now", Timestamp.from(now)).param("month", Timestamp.from(monthStart(now)))
				.param("after", after == null ? null : after.uuid(0)).param("limit", page.fetchSize())
				.query((rs, n) -> new Row(rs.getObject("contact_id", UUID.class), instant(rs.getTimestamp("invited_at")),
						instant(rs.getTimestamp("invitation_expires_at")), instant(rs.getTimestamp("activated_at")),
						instant(rs.getTimestamp("last_login_at"))))
				.list();
		Map<UUID, String> names = contacts.names(rows.stream().map(Row::contactId).toList());
		List<Person> people = rows.stream().map(r -> new Person(r.contactId(),
				names.getOrDefault(r.contactId(), r.contactId().toString()), r.invitedAt(), r.expiresAt(),
				r.activatedAt(), r.lastLoginAt())).toList();
		return Page.of(people, page.limit(), p -> Cursor.of(p.contactId().toString()));
	}

	static Instant monthStart(Instant now) {
		return YearMonth.from(now.atZone(ZoneOffset.UTC)).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

	private static @Nullable Instant instant(@Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}

	private record Row(UUID contactId, @Nullable Instant invitedAt, @Nullable Instant expiresAt,
			@Nullable Instant activatedAt, @Nullable Instant lastLoginAt) {
	}
}
