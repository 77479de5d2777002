package app.clientele.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A keyset position: the sort values of the last row of a page, opaque to clients
 * (base64url). The one codec of every list: anything not made here, however garbled, is an
 * {@link InvalidCursor} (400 on {@code after}), never a failure of the query it would feed.
 * The sort values are the ones the query sorted by, read from its rows (never recomputed in
 * Java: {@code lower()} of the database and {@code toLowerCase} differ on some letters).
 */
public record Cursor(List<String> values) {

	/** Far longer than any cursor handed out (a few sort values), short enough to refuse at once. */
	static final int MAX_ENCODED = 4096;

	private static final String SEPARATOR = "\u001f";

	private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
	private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

	public Cursor {
		values = List.copyOf(values);
	}

	public static Cursor of(String... values) {
		return new Cursor(List.of(values));
	}

	public String encode() {
		return Base64.getUrlEncoder().withoutPadding()
				.encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Decodes a cursor of {@code expectedValues} values. Refused: too long, not base64url, not
	 * UTF-8, the wrong number of values, or a NUL (which no text of PostgreSQL can hold).
	 */
	public static Cursor decode(String encoded, int expectedValues) {
		if (encoded.length() > MAX_ENCODED) {
			throw new InvalidCursor();
		}
		try {
			String raw = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(encoded))).toString();
			List<String> values = Arrays.asList(raw.split(SEPARATOR, -1));
			if (values.size() != expectedValues || raw.indexOf('\0') >= 0) {
				throw new InvalidCursor();
			}
			return new Cursor(values);
		}
		catch (IllegalArgumentException | CharacterCodingException e) {
			throw new InvalidCursor();
		}
	}

	public String value(int index) {
		return values.get(index);
	}

	public UUID uuid(int index) {
		try {
			return UUID.fromString(values.get(index));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidCursor();
		}
	}

	/** A time value, as a timestamp to bind: only instants PostgreSQL can hold (years 1 to 9999). */
	public Timestamp timestamp(int index) {
		try {
			Instant at = Instant.parse(values.get(index));
			if (at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
				throw new InvalidCursor();
			}
			return Timestamp.from(at);
		}
		catch (DateTimeParseException e) {
			throw new InvalidCursor();
		}
	}
}
