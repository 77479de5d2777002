package app.clientele.platform;

import java.util.Locale;

import org.apache.commons.validator.routines.EmailValidator;
import org.jspecify.annotations.Nullable;

/**
 * Email addresses as Clientele treats them: kept as typed, compared case-insensitively,
 * validated with commons-validator (no local addresses, a real top-level domain).
 */
public final class Emails {

	private static final EmailValidator VALIDATOR = EmailValidator.getInstance(false, true);

	private Emails() {
	}

	public static boolean isValid(@Nullable String email) {
		return email != null && email.length() <= 254 && VALIDATOR.isValid(email.trim());
	}

	/** The form used for matching: trimmed and lower-cased. */
	public static String normalize(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}
}
