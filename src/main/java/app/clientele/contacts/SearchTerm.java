package app.clientele.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A search term read as everything it may be: name words (none when it has an {@code @}: then it
 * is an email), an email prefix, and, with enough digits, a phone number or the start of one.
 */
record SearchTerm(String text, List<String> words, @Nullable String e164, @Nullable String phonePrefix) {

	static SearchTerm of(String q, Supplier<String> phoneRegion) {
		String term = q.strip();
		List<String> words = term.contains("@") ? List.of() : ContactSearch.words(term);
		String e164 = term.chars().filter(Character::isDigit).count() >= 5 ? ContactRules.e164(term, phoneRegion.get())
				: null;
		String phonePrefix = e164 == null && term.startsWith("+") && term.length() >= 4
				? "+" + term.replaceAll("\\D", "") : null;
		return new SearchTerm(term, words, e164, phonePrefix);
	}

	/** The longest word typed (the first of equal ones): its range of name words is the narrowest. */
	int longest() {
		int longest = 0;
		for (int i = 1; i < words.size(); i++) {
			if (words.get(i).length() > words.get(longest).length()) {
				longest = i;
			}
		}
		return longest;
	}

	/** The words' indexes, the longest first, the others in the order typed. */
	List<Integer> longestFirst() {
		List<Integer> order = new ArrayList<>();
		order.add(longest());
		for (int i = 0; i < words.size(); i++) {
			if (i != longest()) {
				order.add(i);
			}
		}
		return order;
	}

	boolean isPhone() {
		return e164 != null || phonePrefix != null;
	}
}
