package app.clientele.platform;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a password must be (NIST SP 800-63B): at least {@value #MIN_LENGTH} characters, up to
 * {@value #MAX_LENGTH}, any characters, no composition rules; not a password known from breaches
 * (the shipped list, in any case, and the optional range service) and not the account's own email.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 8;
	public static final int SUGGESTED_LENGTH = 15;
	public static final int MAX_LENGTH = 128;

	static final String BREACHED = "is a password that criminals know from data breaches and try first; choose another";

	private final BreachedPasswords breached;
	private final PwnedPasswords pwned;

	PasswordPolicy(BreachedPasswords breached, PwnedPasswords pwned) {
		this.breached = breached;
		this.pwned = pwned;
	}

	/** The policy without the optional range service, for checks before the application starts. */
	static PasswordPolicy offline() {
		return new PasswordPolicy(BreachedPasswords.load(), new PwnedPasswords(
				new PwnedPasswordsProperties(false, URI.create("https://invalid"), Duration.ofSeconds(1))));
	}

	/** Throws {@link InvalidInput} on {@code field} when the password breaks the policy. */
	public void check(String field, String password, String email) {
		String problem = problem(password, email);
		if (problem != null) {
			throw new InvalidInput(field, problem);
		}
	}

	/** Why the password is refused (said of the field, e.g. "is ..."), or {@code null} when it is acceptable. */
	public @Nullable String problem(String password, String email) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return "must be at least " + MIN_LENGTH + " characters (" + SUGGESTED_LENGTH + " or more is better)";
		}
		if (length > MAX_LENGTH) {
			return "must be at most " + MAX_LENGTH + " characters";
		}
		if (password.toLowerCase(Locale.ROOT).equals(email.trim().toLowerCase(Locale.ROOT))) {
			return "must not be your email address";
		}
		if (breached.contains(password) || pwned.pwned(password)) {
			return BREACHED;
		}
		return null;
	}
}
