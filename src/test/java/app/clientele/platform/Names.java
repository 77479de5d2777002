package app.clientele.platform;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Names that sort differently by each rule a list could get wrong: accents, ß and its capital,
 * the dotted and dotless I of Turkish, Greek with its final sigma, apostrophes, several words in
 * a first name, the same name twice, and letters whose lower case is longer than they are.
 */
final class Names {

	private static final List<String> WORDS = List.of("Élodie", "elodie", "Strauß", "STRAUSS", "straße", "İlker", "ilker",
			"Irmak", "ıslak", "ΟΔΥΣΣΕΥΣ", "Οδυσσεύς", "σοφός", "Σοφος", "O'Brien", "o'brien", "D'Angelo", "Mary Ann", "Mary",
			"Ann", "van der Berg", "Van Der Berg", "Zoë", "Zoe", "Ørsted", "Ångström", "Ǆemal", "ǆemal", "ﬀoulkes", "Ffoulkes",
			"Åsa", "Aasa", "Łukasz", "Lukasz", "Nguyễn", "Nguyen", "Müller", "Mueller", "Muller", "Ĳssel", "IJssel");

	private Names() {
	}

	/** One word of the pool, or two joined by a space ("Mary Ann", "van der Berg Strauß"). */
	static Arbitrary<String> name() {
		Arbitrary<String> word = Arbitraries.of(WORDS);
		return Arbitraries.oneOf(word, Combinators.combine(word, word).as((a, b) -> a + " " + b));
	}

	/** A few people (first name, last name), some with the same name. */
	static Arbitrary<List<Person>> people() {
		Arbitrary<Person> person = Combinators.combine(name(), name()).as(Person::new);
		return person.list().ofMinSize(3).ofMaxSize(9).flatMap(list -> Arbitraries.integers().between(0, 2)
				.map(copies -> {
					List<Person> all = new java.util.ArrayList<>(list);
					for (int i = 0; i < copies; i++) {
						all.add(list.get(i % list.size()));
					}
					return all;
				}));
	}

	record Person(String first, String last) {
	}
}
