package app.clientele.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import app.clientele.platform.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The filters of contact lists, search and export, each one query parameter (API.md "Finding and
 * acting on many contacts"). A new kind of filter is a constant here and its condition in
 * {@link ContactFilterSql}, whose switch does not compile without it.
 */
public enum ContactFilterKind {

	ARCHIVED("archived", Value.CHOICE, false, "false", "true", "any"),
	STAGE("stage", Value.CHOICE, true, names(Stage.values())),
	TAG("tag", Value.TEXT, true),
	TAG_MODE("tagMode", Value.CHOICE, false, "ANY", "ALL"),
	PORTAL_STATUS("portalStatus", Value.CHOICE, true, ContactPortalStatus.STATUSES.toArray(String[]::new)),
	ACCOUNT_CLASS("accountClassId", Value.RECORD, false),
	SITE("siteId", Value.RECORD, false),
	HAS_EMAIL("hasEmail", Value.YES_NO, false),
	HAS_PHONE("hasPhone", Value.YES_NO, false),
	DO_NOT_EMAIL("doNotEmail", Value.YES_NO, false),
	DO_NOT_CALL("doNotCall", Value.YES_NO, false),
	MARKETING_OPT_IN("marketingOptIn", Value.YES_NO, false),
	UNSUBSCRIBED("unsubscribed", Value.YES_NO, false),
	CREATED_FROM("createdFrom", Value.RANGE_START, false),
	CREATED_TO("createdTo", Value.RANGE_END, false),
	UPDATED_FROM("updatedFrom", Value.RANGE_START, false),
	UPDATED_TO("updatedTo", Value.RANGE_END, false),
	LAST_SIGN_IN_FROM("lastSignInFrom", Value.RANGE_START, false),
	LAST_SIGN_IN_TO("lastSignInTo", Value.RANGE_END, false);

	/**
	 * How a value is written: a word of {@link #choices()}, true or false, a UUID, any text, or the
	 * start or end of a range of time: an ISO date (the whole day, in UTC) or instant, both ends
	 * included.
	 */
	enum Value {
		CHOICE, YES_NO, RECORD, TEXT, RANGE_START, RANGE_END
	}

	private final String param;
	private final Value value;
	private final boolean repeatable;
	private final List<String> choices;

	ContactFilterKind(String param, Value value, boolean repeatable, String... choices) {
		this.param = param;
		this.value = value;
		this.repeatable = repeatable;
		this.choices = List.of(choices);
	}

	/** The query parameter. */
	public String param() {
		return param;
	}

	/** Whether the parameter may be repeated (any of the values matches). */
	public boolean repeatable() {
		return repeatable;
	}

	/** The values a choice takes, in the order they are offered; empty for other kinds. */
	public List<String> choices() {
		return choices;
	}

	Value value() {
		return value;
	}

	/** How a form asks for the value: {@code select} (a choice, yes or no, a record), {@code date} or {@code text}. */
	public String input() {
		return switch (value) {
			case TEXT -> "text";
			case RANGE_START, RANGE_END -> "date";
			case CHOICE, YES_NO, RECORD -> "select";
		};
	}

	/** Whether the value is true or false. */
	public boolean yesOrNo() {
		return value == Value.YES_NO;
	}

	/** The value as written, in its canonical spelling; 400 naming the parameter when it is none. */
	String check(String raw) {
		String text = raw.strip();
		parse(text);
		return value == Value.CHOICE ? choice(text) : value == Value.YES_NO ? text.toLowerCase(Locale.ROOT) : text;
	}

	/** The value typed: a String, Boolean, UUID or Instant (the end of a range is exclusive here). */
	Object parse(String raw) {
		return switch (value) {
			case CHOICE -> choice(raw);
			case YES_NO -> bool(raw);
			case RECORD -> id(raw);
			case TEXT -> text(raw);
			case RANGE_START -> instant(raw, false);
			case RANGE_END -> instant(raw, true);
		};
	}

	private String choice(String raw) {
		return choices.stream().filter(c -> c.equalsIgnoreCase(raw)).findFirst()
				.orElseThrow(() -> refused("must be one of " + String.join(", ", choices)));
	}

	private Boolean bool(String raw) {
		if (raw.equalsIgnoreCase("true") || raw.equalsIgnoreCase("false")) {
			return Boolean.valueOf(raw.toLowerCase(Locale.ROOT));
		}
		throw refused("must be true or false");
	}

	private UUID id(String raw) {
		try {
			if (raw.length() == 36) {
				return UUID.fromString(raw);
			}
		}
		catch (IllegalArgumentException e) {
			// refused below, as any other id that is none
		}
		throw refused("must be an id (a UUID)");
	}

	private String text(String raw) {
		if (raw.isBlank() || raw.length() > 100) {
			throw refused("must be 1 to 100 characters");
		}
		return raw;
	}

	/** A date is its whole day; the end of a range is returned exclusive (the next day, the next microsecond). */
	private Instant instant(String raw, boolean end) {
		try {
			if (raw.length() == 10) {
				LocalDate day = LocalDate.parse(raw);
				return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			Instant at = Instant.parse(raw).truncatedTo(ChronoUnit.MICROS);
			return end ? at.plus(1, ChronoUnit.MICROS) : at;
		}
		catch (DateTimeParseException e) {
			throw refused("must be a date (2026-01-31) or an instant (2026-01-31T09:30:00Z)");
		}
	}

	InvalidInput refused(String message) {
		return new InvalidInput(param, message);
	}

	/** The kind of {@code param}, or null for a parameter that is no filter. */
	static @Nullable ContactFilterKind ofParam(String param) {
		return Arrays.stream(values()).filter(k -> k.param.equals(param)).findFirst().orElse(null);
	}

	private static String[] names(Enum<?>[] constants) {
		return Arrays.stream(constants).map(Enum::name).toArray(String[]::new);
	}
}
