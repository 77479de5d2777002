package app.clientele.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.passay.DictionaryRule;
import org.passay.PasswordData;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;

/**
 * Passwords known from breaches (the list and its licence: {@code breached-passwords.README.md}
 * beside it), matched case-insensitively with Passay's dictionary rule. Only the words a policy
 * would otherwise let through are kept: those of {@link PasswordPolicy#MIN_LENGTH} to
 * {@link PasswordPolicy#MAX_LENGTH} characters.
 */
final class BreachedPasswords {

	static final String LIST = "breached-passwords.txt.gz";

	private static final Pattern TRAILING_SYMBOLS = Pattern.compile("[^\\p{L}\\p{N}]+$");
	private static final Pattern TRAILING_NON_LETTERS = Pattern.compile("[^\\p{L}]+$");

	private final CompactWordList words;
	private final DictionaryRule rule;

	private BreachedPasswords(CompactWordList words) {
		this.words = words;
		this.rule = new DictionaryRule(new WordListDictionary(words));
	}

	/** Reads the list shipped with the application (about 0.3 s and 2.5 MiB, see its README). */
	static BreachedPasswords load() {
		try (InputStream in = BreachedPasswords.class.getResourceAsStream(LIST)) {
			if (in == null) {
				throw new IllegalStateException(LIST + " is missing from the build");
			}
			return new BreachedPasswords(new CompactWordList(read(in), WordLists.CASE_INSENSITIVE_COMPARATOR));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> read(InputStream in) throws IOException {
		List<String> words = new ArrayList<>(250_000);
		try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String word = line.strip();
				int length = word.codePointCount(0, word.length());
				if (length >= PasswordPolicy.MIN_LENGTH && length <= PasswordPolicy.MAX_LENGTH) {
					words.add(word);
				}
			}
		}
		return words;
	}

	/**
	 * Whether the password is on the list, also once the digits and symbols people add at the end
	 * to pass composition rules are taken away ("Password1!" is "password" with "1!" added).
	 */
	boolean contains(String password) {
		return listed(password) || listed(TRAILING_SYMBOLS.matcher(password).replaceFirst(""))
				|| listed(TRAILING_NON_LETTERS.matcher(password).replaceFirst(""));
	}

	private boolean listed(String word) {
		return word.codePointCount(0, word.length()) >= PasswordPolicy.MIN_LENGTH
				&& !rule.validate(new PasswordData(word)).isValid();
	}

	int size() {
		return words.size();
	}

	long footprint() {
		return words.footprint();
	}
}
