package app.clientele.staff;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.clientele.Api;
import app.clientele.Burst;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff sign-in throttle (issue 15): checking and counting an attempt are one step, and an
 * email has one canonical form for finding a person and for counting their failures.
 */
@IntegrationTest
class StaffSignInThrottleIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api anonymous;
	Api admin;

	@BeforeEach
	void setUp() {
		anonymous = new Api(port);
		admin = anonymous.as(TestUsers.adminToken(anonymous));
		forgetFailures();
	}

	/** Every test signs in from the loopback address: the others must not find it blocked. */
	@AfterEach
	void forgetFailures() {
		jdbc.sql("DELETE FROM sign_in_failure WHERE key LIKE 'staff:%'").update();
	}

	@Test
	void concurrentWrongPasswordsGetExactlyTheLimitOf401sBeforeThe429s() {
		String email = member("target");
		Map<Integer, Integer> answers = Burst.statuses(9, () -> signIn(email, "wrong password").status());
		assertThat(answers).containsExactlyInAnyOrderEntriesOf(
				Map.of(401, StaffManagement.FAILURES_PER_EMAIL, 429, 9 - StaffManagement.FAILURES_PER_EMAIL));
	}

	@Test
	void everySpellingThatFindsAStaffUserIsThrottledWithThem() {
		String email = member("kristina");
		failUpToTheLimit(email);
		for (String spelling : List.of(email.toUpperCase(Locale.ROOT), " " + email + " ", fullWidth(email),
				email.replace('k', '\u212A'), email.replace("i", "\u2170"))) {
			assertThat(signIn(spelling, TestUsers.PASSWORD).status()).as(spelling).isEqualTo(429);
		}
	}

	@Test
	void aSpellingThatCaseMapsDifferentlyInTheDatabaseFindsNobody() {
		String email = member("victim");
		failUpToTheLimit(email);
		// PostgreSQL's lower() makes "İ" an "i" in most locales; Java's lower-casing makes it "i̇".
		String dotted = email.replace('i', '\u0130');
		assertThat(signIn(dotted, TestUsers.PASSWORD).status()).isEqualTo(401);
		assertThat(signIn(email, TestUsers.PASSWORD).status()).isEqualTo(429);
	}

	private String member(String name) {
		String email = TestData.email(name);
		assertThat(admin.post("/api/v1/staff", Map.of("email", email, "name", "Test " + name, "roles",
				List.of("MANAGER"), "password", TestUsers.PASSWORD)).status()).isEqualTo(201);
		return email;
	}

	private void failUpToTheLimit(String email) {
		for (int i = 0; i < StaffManagement.FAILURES_PER_EMAIL; i++) {
			assertThat(signIn(email, "guess " + i).status()).isEqualTo(401);
		}
	}

	private Api.Response signIn(String email, String password) {
		return anonymous.post("/api/v1/auth/token", Map.of("email", email, "password", password));
	}

	static String fullWidth(String email) {
		int at = email.indexOf('@');
		StringBuilder s = new StringBuilder();
		email.substring(0, at).chars().forEach(c -> s.append(c >= 'a' && c <= 'z' ? (char) (c + 0xFEE0) : (char) c));
		return s + email.substring(at);
	}
}
