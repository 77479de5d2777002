package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

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
	void refusesCommonPasswords() {
		assertThat(policy.problem("password1", "a@example.com")).contains("common");
		assertThat(policy.problem("Baseball", "a@example.com")).contains("common");
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
