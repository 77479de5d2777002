package app.clientele.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The version a client expects, read from {@code If-Match}. ETags are the version in quotes
 * ({@code "3"}). Absent or {@code *} means "any version"; anything unrecognisable can match no
 * version, so it fails the precondition rather than being ignored.
 */
public record IfMatch(@Nullable Long version) {

	private static final Pattern ETAG = Pattern.compile("^(?:W/)?\"(\\d{1,18})\"$");

	public static final IfMatch ANY = new IfMatch(null);

	public static IfMatch of(@Nullable String header) {
		if (header == null || header.isBlank() || header.trim().equals("*")) {
			return ANY;
		}
		Matcher m = ETAG.matcher(header.trim());
		return new IfMatch(m.matches() ? Long.parseLong(m.group(1)) : -1L);
	}

	public static IfMatch version(long version) {
		return new IfMatch(version);
	}

	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	/** Throws {@link StaleVersion} when a specific version was expected and differs. */
	public void check(String what, long currentVersion) {
		if (version != null && version != currentVersion) {
			throw new StaleVersion(what, currentVersion);
		}
	}
}
