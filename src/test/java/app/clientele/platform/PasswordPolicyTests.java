package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	static final BreachedPasswords BREACHED = BreachedPasswords.load();

	private final PasswordPolicy policy = new PasswordPolicy(BREACHED, new PwnedPasswords(
			new PwnedPasswordsProperties(false, URI.create("http://127.0.0.1:9/range/"), Duration.ofSeconds(1))));

	@Test
	void acceptsLongPassphrasesOfAnyCharacters() {
		assertThat(policy.problem("correct horse battery staple", "a@example.com")).isNull();
		assertThat(policy.problem("日本語のパスワードです", "a@example.com")).isNull();
		assertThat(policy.problem("x".repeat(64), "a@example.com")).isNull();
	}

	@Test
	void refusesShortOnes() {
		assertThat(policy.problem("Sh0rt!", "a@example.com")).contains("at least 8");
	}

	@Test
	void refusesPasswordsKnownFromBreachesInAnyCase() {
		assertThat(policy.problem("password123", "a@example.com")).isEqualTo(PasswordPolicy.BREACHED);
		assertThat(policy.problem("PassWord123", "a@example.com")).isEqualTo(PasswordPolicy.BREACHED);
		assertThat(policy.problem("Baseball", "a@example.com")).isEqualTo(PasswordPolicy.BREACHED);
		assertThat(policy.problem("iloveyou2", "a@example.com")).isEqualTo(PasswordPolicy.BREACHED);
	}

	@Test
	void refusesABreachedPasswordWithDigitsOrSymbolsAddedAtTheEnd() {
		for (String password : new String[] { "Password1!", "Passw0rd!", "Welcome1!", "Qwerty123!", "password1!",
				"Baseball2024?!" }) {
			assertThat(policy.problem(password, "a@example.com")).as(password).isEqualTo(PasswordPolicy.BREACHED);
		}
		assertThat(policy.problem("correct horse battery staple 42!", "a@example.com")).isNull();
		assertThat(policy.problem("Tangerine-Kettle-9", "a@example.com")).isNull();
	}

	@Test
	void checksAgainstAtLeastAHundredThousandBreachedPasswords() {
		assertThat(BREACHED.size()).isGreaterThanOrEqualTo(100_000);
	}

	@Test
	void refusesTheEmailItself() {
		assertThat(policy.problem("Ada@Example.com", "ada@example.com")).contains("email");
	}

	@Test
	void refusesAbsurdLengths() {
		assertThat(policy.problem("x".repeat(129), "a@example.com")).contains("at most");
	}
}
