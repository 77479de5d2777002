package app.clientele.platform;

import java.text.Normalizer;
import java.util.Locale;

import org.apache.commons.validator.routines.EmailValidator;
import org.jspecify.annotations.Nullable;

/**
 * Email addresses as Clientele treats them: kept as typed, compared by their {@link #canonical}
 * form, validated with commons-validator (no local addresses, a real top-level domain).
 */
public final class Emails {

	private static final EmailValidator VALIDATOR = EmailValidator.getInstance(false, true);

	private Emails() {
	}

	public static boolean isValid(@Nullable String email) {
		return email != null && email.length() <= 254 && VALIDATOR.isValid(email.trim());
	}

	/**
	 * The one form used for matching: storage keys, lookups, uniqueness and sign-in throttle keys
	 * all use it, so every spelling that finds a person is the spelling their throttle counts.
	 * NFKC (compatibility forms such as full-width letters and ligatures become plain ones), then
	 * case-folded by lower-, upper- and lower-casing again (so {@code ẞ}, {@code ß}, {@code ss} and
	 * {@code SS} match, as do the Kelvin sign and {@code k}), then NFKC again because case mapping can leave
	 * decomposed sequences, then trimmed (last: NFKC can make spaces). Canonical twice is canonical
	 * once. It is computed here and only here: PostgreSQL's
	 * {@code lower()} depends on the database's locale and differs from Java's for letters such as
	 * {@code İ}, so the database compares stored canonical forms and never case-maps itself.
	 */
	public static String canonical(String email) {
		String s = Normalizer.normalize(email, Normalizer.Form.NFKC);
		s = s.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
		return Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
	}

}
