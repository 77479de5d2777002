package app.clientele.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What a password must be (NIST SP 800-63B): at least {@value #MIN_LENGTH} characters, up to
 * {@value #MAX_LENGTH}, any characters, no composition rules; not one of the 10,000 most common
 * passwords and not the account's own email.
 */
@Component
public class PasswordPolicy {

	public static final int MIN_LENGTH = 8;
	public static final int SUGGESTED_LENGTH = 15;
	public static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/** Throws {@link InvalidInput} on {@code field} when the password breaks the policy. */
	public void check(String field, String password, String email) {
		String problem = problem(password, email);
		if (problem != null) {
			throw new InvalidInput(field, problem);
		}
	}

	/** Why the password is refused, or {@code null} when it is acceptable. */
	public @org.jspecify.annotations.Nullable String problem(String password, String email) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			return "must be at least " + MIN_LENGTH + " characters (" + SUGGESTED_LENGTH + " or more is better)";
		}
		if (length > MAX_LENGTH) {
			return "must be at most " + MAX_LENGTH + " characters";
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (common.contains(lower)) {
			return "is one of the most common passwords; choose another";
		}
		if (lower.equals(email.trim().toLowerCase(Locale.ROOT))) {
			return "must not be your email address";
		}
		return null;
	}

	private static Set<String> load() {
		Set<String> words = new HashSet<>(12_000);
		try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
			if (in == null) {
				throw new IllegalStateException("common-passwords.txt is missing from the build");
			}
			try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).map(String::strip).forEach(words::add);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Set.copyOf(words);
	}
}
