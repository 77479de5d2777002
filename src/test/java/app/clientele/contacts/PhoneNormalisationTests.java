package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Duplicate detection matches phones by E.164, so every way a person types the same number
 * (spaces, dashes, dots, parentheses, a leading +, 00 or the national prefix) must give one E.164.
 */
class PhoneNormalisationTests {

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
	private static final List<String> REGIONS = List.of("US", "GB", "DE", "FR", "PL", "NL", "IT", "ES", "AU", "CH");
	private static final Map<String, String> INTERNATIONAL_PREFIXES = Map.of("US", "011", "AU", "0011");

	record Number(String region, String countryCode, String national) {

		String e164() {
			return "+" + countryCode + national;
		}
	}

	@Property
	void anyFormattingOfOneNumberGivesOneE164(@ForAll("numbers") Number number, @ForAll("prefixes") int prefix,
			@ForAll("groups") List<Integer> sizes, @ForAll("separators") List<String> separators,
			@ForAll boolean parentheses) {
		String typed = prefix(number, prefix) + grouped(number.national(), sizes, separators, parentheses);
		assertThat(ContactRules.e164(typed, number.region())).as(typed).isEqualTo(number.e164());
	}

	@Property
	void aNumberWithItsCountryCodeReadsTheSameFromAnyRegion(@ForAll("numbers") Number number,
			@ForAll("groups") List<Integer> sizes, @ForAll("separators") List<String> separators) {
		String typed = "+" + number.countryCode() + " " + grouped(number.national(), sizes, separators, false);
		String elsewhere = number.region().equals("US") ? "DE" : "US";
		assertThat(ContactRules.e164(typed, elsewhere)).as(typed).isEqualTo(number.e164());
	}

	/**
	 * 0: national form (with the national prefix where the region has one), 1: +cc, 2: the
	 * region's own international call prefix (00 in most of Europe, 011 in the US, 0011 in Australia).
	 */
	private static String prefix(Number number, int kind) {
		return switch (kind) {
			case 0 -> {
				String national = PHONES.getNddPrefixForRegion(number.region(), true);
				yield national == null ? "" : national + " ";
			}
			case 1 -> "+" + number.countryCode() + " ";
			default -> INTERNATIONAL_PREFIXES.getOrDefault(number.region(), "00") + number.countryCode() + " ";
		};
	}

	/** The digits in groups of the given sizes, each gap one of the separators, the first group maybe in parentheses. */
	private static String grouped(String digits, List<Integer> sizes, List<String> separators, boolean parentheses) {
		List<String> groups = new ArrayList<>();
		int at = 0;
		while (at < digits.length()) {
			int size = Math.min(digits.length() - at, sizes.get(groups.size() % sizes.size()));
			groups.add(digits.substring(at, at + size));
			at += size;
		}
		StringBuilder typed = new StringBuilder(parentheses ? "(" + groups.getFirst() + ")" : groups.getFirst());
		for (int i = 1; i < groups.size(); i++) {
			typed.append(separators.get(i % separators.size())).append(groups.get(i));
		}
		return typed.toString();
	}

	@Provide
	Arbitrary<Number> numbers() {
		return Combinators.combine(Arbitraries.of(REGIONS), Arbitraries.strings().numeric().ofLength(4))
				.as(PhoneNormalisationTests::number).filter(Optional::isPresent).map(Optional::get);
	}

	@Provide
	Arbitrary<List<Integer>> groups() {
		return Arbitraries.integers().between(1, 4).list().ofMinSize(1).ofMaxSize(5);
	}

	@Provide
	Arbitrary<Integer> prefixes() {
		return Arbitraries.integers().between(0, 2);
	}

	@Provide
	Arbitrary<List<String>> separators() {
		return Arbitraries.of("", " ", "-", ".", " - ", "  ").list().ofMinSize(1).ofMaxSize(6);
	}

	/** The region's example mobile number with its last four digits replaced, when that is still a valid number. */
	private static Optional<Number> number(String region, String lastDigits) {
		Phonenumber.PhoneNumber example = PHONES.getExampleNumberForType(region, PhoneNumberUtil.PhoneNumberType.MOBILE);
		String national = PHONES.getNationalSignificantNumber(example);
		national = national.substring(0, national.length() - 4) + lastDigits;
		try {
			Phonenumber.PhoneNumber candidate = PHONES.parse("+" + example.getCountryCode() + national, "ZZ");
			return PHONES.isValidNumber(candidate)
					? Optional.of(new Number(region, String.valueOf(example.getCountryCode()), national)) : Optional.empty();
		}
		catch (NumberParseException e) {
			return Optional.empty();
		}
	}
}
