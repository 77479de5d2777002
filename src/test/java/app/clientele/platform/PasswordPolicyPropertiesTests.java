package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The password policy's documented rules hold for any password, not only the examples. */
class PasswordPolicyPropertiesTests {

	private static final PasswordPolicy POLICY = PasswordPolicy.offline();
	private static final String EMAIL = "someone@example.com";

	@Property
	void anythingAcceptedKeepsTheDocumentedRules(@ForAll("passwords") String password) {
		if (POLICY.problem(password, EMAIL) == null) {
			int length = password.codePointCount(0, password.length());
			assertThat(length).isBetween(PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
			assertThat(password.toLowerCase(Locale.ROOT)).isNotEqualTo(EMAIL);
		}
	}

	@Property
	void anythingShorterThanTheMinimumIsRefused(@ForAll("tooShort") String password) {
		assertThat(POLICY.problem(password, EMAIL)).contains("at least " + PasswordPolicy.MIN_LENGTH);
	}

	@Property
	void anythingLongerThanTheMaximumIsRefused(@ForAll("tooLong") String password) {
		assertThat(POLICY.problem(password, EMAIL)).contains("at most " + PasswordPolicy.MAX_LENGTH);
	}

	/** No composition rules: a long enough uncommon password of any characters at all is accepted. */
	@Property
	void anyCharactersAreAcceptedWithoutCompositionRules(@ForAll("uncommon") String password) {
		assertThat(POLICY.problem(password, EMAIL)).isNull();
	}

	@Property
	void theAccountsOwnEmailIsRefusedInAnyCase(@ForAll("cases") String email) {
		assertThat(POLICY.problem(email.toUpperCase(Locale.ROOT), email)).isNotNull();
	}

	@Provide
	Arbitrary<String> passwords() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(140), Arbitraries.of("password1", "Baseball",
				"qwertyuiop", EMAIL, EMAIL.toUpperCase(Locale.ROOT), "correct horse battery staple"));
	}

	/** Fewer than eight code points, of any plane (a surrogate pair counts as one character). */
	@Provide
	Arbitrary<String> tooShort() {
		return Arbitraries.integers().between(0x20, 0x10FFFF).filter(c -> c < 0xD800 || c > 0xDFFF)
				.list().ofMaxSize(PasswordPolicy.MIN_LENGTH - 1)
				.map(codePoints -> codePoints.stream().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
						.toString());
	}

	@Provide
	Arbitrary<String> tooLong() {
		return Arbitraries.strings().all().ofMinLength(PasswordPolicy.MAX_LENGTH + 1).ofMaxLength(400)
				.filter(s -> s.codePointCount(0, s.length()) > PasswordPolicy.MAX_LENGTH);
	}

	@Provide
	Arbitrary<String> uncommon() {
		return Arbitraries.strings().all().ofMinLength(2 * PasswordPolicy.MIN_LENGTH).ofMaxLength(PasswordPolicy.MAX_LENGTH - 1)
				.map(s -> "\u2603" + s);
	}

	@Provide
	Arbitrary<String> cases() {
		return Arbitraries.strings().alpha().ofMinLength(3).ofMaxLength(20).map(name -> name + "@example.com");
	}
}
