package app.clientele.platform;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A keyset position: the sort values of the last row of a page, opaque to clients
 * (base64url). Decoding anything not made here is a 400 on {@code after}.
 */
public record Cursor(List<String> values) {

	private static final String SEPARATOR = "\u001f";

	public static Cursor of(String... values) {
		return new Cursor(List.of(values));
	}

	public String encode() {
		return Base64.getUrlEncoder().withoutPadding()
				.encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
	}

	public static Cursor decode(String encoded, int expectedValues) {
		try {
			String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
			List<String> values = Arrays.asList(raw.split(SEPARATOR, -1));
			if (values.size() != expectedValues) {
				throw new IllegalArgumentException("wrong arity");
			}
			return new Cursor(values);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("after", "is not a cursor this list handed out");
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
			throw new InvalidInput("after", "is not a cursor this list handed out");
		}
	}
}
