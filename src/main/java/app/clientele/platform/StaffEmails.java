package app.clientele.platform;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The rule for staff and admin email addresses: any address whose syntax RFC 5321 allows, with
 * RFC 6531's internationalised local parts and domains. Unlike customers' addresses
 * ({@link Emails}), the domain need not be public: companies run staff mail on {@code .internal},
 * {@code .local}, {@code .lan} or single-label domains. Address literals ({@code user@[10.0.0.1]})
 * are not accepted.
 */
public final class StaffEmails {

	/** What the console and the API say when an address breaks this rule. */
	public static final String RULE = "must be a valid email address (staff addresses may be on any domain, "
			+ "internal ones such as .internal or .local included)";

	/** RFC 5322 atext, plus any non-ASCII character (RFC 6531). */
	private static final Pattern DOT_ATOM = Pattern
			.compile("[\\p{Alnum}!#$%&'*+/=?^_`{|}~\\-\\P{ASCII}&&[^\\p{Cntrl}\\s]]+(\\.[\\p{Alnum}!#$%&'*+/=?^_`{|}~\\-\\P{ASCII}&&[^\\p{Cntrl}\\s]]+)*");
	private static final Pattern QUOTED = Pattern.compile("\"([^\"\\\\\\p{Cntrl}]|\\\\[^\\p{Cntrl}])*\"");
	private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

	private StaffEmails() {
	}

	public static boolean isValid(@Nullable String email) {
		if (email == null) {
			return false;
		}
		String address = email.trim();
		int at = address.lastIndexOf('@');
		if (at <= 0 || at == address.length() - 1 || address.length() > 254) {
			return false;
		}
		return isLocalPart(address.substring(0, at)) && isDomain(address.substring(at + 1));
	}

	private static boolean isLocalPart(String local) {
		return local.getBytes(StandardCharsets.UTF_8).length <= 64
				&& (DOT_ATOM.matcher(local).matches() || QUOTED.matcher(local).matches());
	}

	private static boolean isDomain(String domain) {
		String ascii;
		try {
			ascii = IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED);
		}
		catch (IllegalArgumentException e) {
			return false;
		}
		if (ascii.isEmpty() || ascii.length() > 253 || ascii.endsWith(".")) {
			return false;
		}
		String[] labels = ascii.split("\\.", -1);
		for (String label : labels) {
			if (!LABEL.matcher(label).matches()) {
				return false;
			}
		}
		// An all-numeric last label is an IP address written without brackets, not a domain.
		return !labels[labels.length - 1].chars().allMatch(Character::isDigit);
	}
}
