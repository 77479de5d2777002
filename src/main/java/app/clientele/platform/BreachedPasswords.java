package app.clientele.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

	boolean contains(String password) {
		return !rule.validate(new PasswordData(password)).isValid();
	}

	int size() {
		return words.size();
	}

	long footprint() {
		return words.footprint();
	}
}
