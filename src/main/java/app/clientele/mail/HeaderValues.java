package app.clientele.mail;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What may reach a mail header. Line breaks (and every other control character) in a name,
 * a subject or a header value become a space, so no value can end its header and start
 * another; extra headers must have a plain name and may not replace the ones mail sets.
 */
final class HeaderValues {

	static final int MAX_LENGTH = 900;

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u0085]+");
	private static final Pattern SPACES = Pattern.compile(" {2,}");
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,75}");
	private static final Set<String> RESERVED = Set.of("from", "to", "cc", "bcc", "subject", "message-id", "date",
			"sender", "reply-to", "return-path", "mime-version", "content-type", "content-transfer-encoding",
			"received", "in-reply-to", "references");

	private HeaderValues() {
	}

	/** A single line: control characters become a space, runs of spaces one. */
	static String clean(String value) {
		String line = SPACES.matcher(CONTROL.matcher(value).replaceAll(" ")).replaceAll(" ").strip();
		return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) : line;
	}

	/** Whether {@code name} may be set as an extra header. */
	static boolean allowedName(String name) {
		return NAME.matcher(name).matches() && !RESERVED.contains(name.toLowerCase(Locale.ROOT))
				&& !name.toLowerCase(Locale.ROOT).startsWith("content-");
	}
}
