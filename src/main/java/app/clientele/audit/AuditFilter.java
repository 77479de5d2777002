package app.clientele.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

import app.clientele.platform.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * Which entries to list: by actor (a staff id, or part of a name or typed email), by action, and
 * from (inclusive) to (exclusive) a time; a bare date means its whole day in UTC, so
 * {@code from=2026-12-01&to=2026-12-01} is that day.
 */
public record AuditFilter(@Nullable UUID actorId, @Nullable String actorName, @Nullable AuditAction action,
		@Nullable Instant from, @Nullable Instant to) {

	static final String TIME_RULE = "must be a date (2026-12-31) or a time (2026-12-31T09:30:00Z)";
	private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
	private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

	public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

	/** The filter of the query parameters, each checked: a bad one is a 400 naming it. */
	public static AuditFilter of(@Nullable String actor, @Nullable String action, @Nullable String from,
			@Nullable String to) {
		String who = blank(actor) ? null : actor.strip();
		UUID actorId = null;
		if (who != null && who.length() == 36) {
			try {
				actorId = UUID.fromString(who);
			}
			catch (IllegalArgumentException e) {
				actorId = null;
			}
		}
		if (who != null && (who.length() > AuditTrail.MAX_TEXT || who.indexOf('\0') >= 0)) {
			throw new InvalidInput("actor", "must be a staff id or at most " + AuditTrail.MAX_TEXT + " characters");
		}
		return new AuditFilter(actorId, actorId == null ? who : null, action(action), time("from", from, false),
				time("to", to, true));
	}

	private static @Nullable AuditAction action(@Nullable String action) {
		if (blank(action)) {
			return null;
		}
		try {
			return AuditAction.valueOf(action.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("action", "is not an audited action");
		}
	}

	private static @Nullable Instant time(String field, @Nullable String value, boolean end) {
		if (blank(value)) {
			return null;
		}
		Instant at;
		try {
			at = value.length() == 10 ? LocalDate.parse(value).plusDays(end ? 1 : 0).atStartOfDay(ZoneOffset.UTC).toInstant()
					: Instant.parse(value);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput(field, TIME_RULE);
		}
		if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
			throw new InvalidInput(field, TIME_RULE);
		}
		return at;
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}
}
