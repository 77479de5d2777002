package app.clientele.contacts;

import java.util.HashSet;
import java.util.Set;

/**
 * pg_trgm's similarity in Java, for names that are not in the database yet (the rows of one
 * import chunk): each word (letters and digits) is padded with two spaces before and one after
 * and cut into its three-letter pieces; similarity is the pieces two names share over the pieces
 * either has. Applied to names already folded (accents removed, lower case).
 */
final class Trigrams {

	private Trigrams() {
	}

	static Set<String> of(String folded) {
		Set<String> trigrams = new HashSet<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i <= folded.length(); i++) {
			char c = i < folded.length() ? folded.charAt(i) : ' ';
			if (Character.isLetterOrDigit(c)) {
				word.append(c);
				continue;
			}
			if (!word.isEmpty()) {
				String padded = "  " + word + " ";
				for (int j = 0; j + 3 <= padded.length(); j++) {
					trigrams.add(padded.substring(j, j + 3));
				}
				word.setLength(0);
			}
		}
		return trigrams;
	}

	static double similarity(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int shared = 0;
		for (String t : a) {
			if (b.contains(t)) {
				shared++;
			}
		}
		return (double) shared / (a.size() + b.size() - shared);
	}
}
