package app.clientele.portal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.clientele.Api;
import app.clientele.Burst;
import app.clientele.IntegrationTest;
import app.clientele.PortalClient;
import app.clientele.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal sign-in throttle (issue 15): checking and counting an attempt are one step, and a
 * login email has one canonical form for finding the person and for counting their failures.
 */
@IntegrationTest
class PortalSignInThrottleIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	PortalTestSupport portal;
	String account;

	@BeforeEach
	void setUp() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		portal = new PortalTestSupport(port, api, jdbc);
		account = portal.account();
		forgetFailures();
	}

	/** Every test signs in from the loopback address: the others must not find it blocked. */
	@AfterEach
	void forgetFailures() {
		jdbc.sql("DELETE FROM sign_in_failure WHERE key LIKE 'portal:%'").update();
	}

	@Test
	void concurrentWrongPasswordsGetExactlyTheLimitOf401sBeforeThe429s() {
		var active = portal.activeContact(account);
		PortalClient browser = new PortalClient(port);
		browser.get("/portal/api/csrf");
		Map<Integer, Integer> answers = Burst.statuses(9, () -> browser.post("/portal/api/login",
				Map.of("email", active.email(), "password", "wrong password")).status());
		assertThat(answers).containsExactlyInAnyOrderEntriesOf(
				Map.of(401, PortalSignIn.FAILURES_PER_EMAIL, 429, 9 - PortalSignIn.FAILURES_PER_EMAIL));
	}

	@Test
	void everySpellingThatFindsAPortalLoginIsThrottledWithIt() {
		var active = portal.activeContact(account);
		failUpToTheLimit(active.email());
		for (String spelling : List.of(active.email().toUpperCase(Locale.ROOT), " " + active.email() + " ",
				active.email().replace("c", "\uFF43"), active.email().replace("i", "\u2170"))) {
			assertThat(signIn(spelling, PortalTestSupport.PASSWORD).status()).as(spelling).isEqualTo(429);
		}
	}

	@Test
	void aSpellingThatCaseMapsDifferentlyInTheDatabaseFindsNobody() {
		var active = portal.activeContact(account);
		failUpToTheLimit(active.email());
		// PostgreSQL's lower() makes "İ" an "i" in most locales; Java's lower-casing makes it "i̇".
		String dotted = active.email().replace('i', '\u0130');
		assertThat(signIn(dotted, PortalTestSupport.PASSWORD).status()).isEqualTo(401);
		assertThat(signIn(active.email(), PortalTestSupport.PASSWORD).status()).isEqualTo(429);
	}

	private void failUpToTheLimit(String email) {
		for (int i = 0; i < PortalSignIn.FAILURES_PER_EMAIL; i++) {
			assertThat(signIn(email, "guess " + i).status()).isEqualTo(401);
		}
	}

	private Api.Response signIn(String email, String password) {
		return new PortalClient(port).post("/portal/api/login", Map.of("email", email, "password", password));
	}
}
