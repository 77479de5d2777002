package app.clientele.activity;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import app.clientele.platform.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * What a timeline entry is about, as the contact page filters it: what staff wrote, email, the
 * portal, or a change to the contact itself. Types are open (every module reports its own), so
 * a kind is decided by the type's name; whatever is neither comment, email nor portal is a change.
 */
public enum ActivityKind {

	COMMENTS, EMAILS, PORTAL, CHANGES;

	/** Emails that other modules report under a name of their own. */
	private static final Set<String> EMAIL_TYPES = Set.of("CAMPAIGN_SENT", "DOCUMENT_SENT");

	/** A Mailbox view of a portal link belongs to the portal story of the contact. */
	private static final Set<String> PORTAL_TYPES = Set.of("CREDENTIAL_LINK_SHOWN_IN_MAILBOX");

	public static ActivityKind of(String type) {
		if (type.equals(ActivityLog.COMMENT)) {
			return COMMENTS;
		}
		if (type.startsWith("EMAIL_") || EMAIL_TYPES.contains(type)) {
			return EMAILS;
		}
		if (type.startsWith("PORTAL_") || PORTAL_TYPES.contains(type)) {
			return PORTAL;
		}
		return CHANGES;
	}

	/** The kind a request names (any case), or null for no filter; an unknown name is refused. */
	public static @Nullable ActivityKind parse(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("kind", "must be one of comments, emails, portal, changes");
		}
	}

	/** The same rule as {@link #of}, as an SQL condition on the column {@code type}. */
	String sql() {
		String email = "(type LIKE 'EMAIL\\_%' OR type IN (" + listed(EMAIL_TYPES) + "))";
		String portal = "(type LIKE 'PORTAL\\_%' OR type IN (" + listed(PORTAL_TYPES) + "))";
		return switch (this) {
			case COMMENTS -> "type = 'COMMENT'";
			case EMAILS -> email;
			case PORTAL -> portal;
			case CHANGES -> "type <> 'COMMENT' AND NOT " + email + " AND NOT " + portal;
		};
	}

	/** Constants of this class only, never input: quoting them inline is safe. */
	private static String listed(Set<String> types) {
		return types.stream().sorted().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
	}
}
