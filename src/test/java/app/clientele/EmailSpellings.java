package app.clientele;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generates an email and another spelling of it: each character as typed, in upper case, in
 * its full-width compatibility form, or as a letter that case-maps or normalizes onto it in some
 * places but not others (dotted and dotless i, the Kelvin sign, long s, ligatures, ordinal a).
 */
public final class EmailSpellings {

	/** An email as stored, and a spelling someone might type: mostly as stored, a few characters not. */
	public record Spelling(String email, String typed) {
	}

	private EmailSpellings() {
	}

	public static Arbitrary<Spelling> spellings() {
		Arbitrary<String> locals = Arbitraries.strings().withChars("iksfatlo.-IKS").ofMinLength(1).ofMaxLength(10)
				.filter(l -> !l.startsWith(".") && !l.endsWith(".") && !l.contains(".."));
		return locals.map(l -> l + "@example.com")
				.flatMap(email -> typed(email).map(typed -> new Spelling(email, typed)));
	}

	private static Arbitrary<String> typed(String email) {
		List<Arbitrary<String>> characters = email.chars()
				.mapToObj(c -> Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(String.valueOf((char) c))),
						Tuple.of(1, Arbitraries.of(variants((char) c)))))
				.toList();
		return Combinators.combine(characters).as(parts -> String.join("", parts));
	}

	static List<String> variants(char c) {
		List<String> v = new ArrayList<>(List.of(String.valueOf(c), String.valueOf(Character.toUpperCase(c)),
				String.valueOf(Character.toLowerCase(c)), String.valueOf((char) (c + 0xFEE0))));
		switch (Character.toLowerCase(c)) {
			case 'i' -> v.addAll(List.of("\u0130", "\u0131", "\u2170"));
			case 'k' -> v.add("\u212A");
			case 's' -> v.addAll(List.of("\u017F", "\u1E9E"));
			case 'f' -> v.addAll(List.of("\uFB00", "\uFB01"));
			case 'a' -> v.add("\u00AA");
			case 't' -> v.add("\uFB06");
			default -> {
			}
		}
		return v;
	}
}
