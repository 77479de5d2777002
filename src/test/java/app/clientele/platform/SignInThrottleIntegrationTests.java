package app.clientele.platform;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Burst;
import app.clientele.IntegrationTest;
import app.clientele.platform.SignInThrottle.Limit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checking a key's limit and counting an attempt against it are one atomic step (issue 15):
 * however many attempts arrive at once, exactly the limit of them are let through.
 */
@IntegrationTest
class SignInThrottleIntegrationTests {

	@Autowired
	SignInThrottle throttle;

	@Autowired
	JdbcClient jdbc;

	@Test
	void concurrentAttemptsLetThroughExactlyTheLimit() {
		String email = "test:email:" + UUID.randomUUID();
		String address = "test:address:" + UUID.randomUUID();
		Map<Integer, Integer> outcomes = Burst.statuses(40, () -> {
			try {
				throttle.attempt(new Limit(email, 5), new Limit(address, 20));
				return 401;
			}
			catch (TooManyAttempts e) {
				return 429;
			}
		});
		assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of(401, 5, 429, 35));
		assertThat(jdbc.sql("SELECT count(*) FROM sign_in_failure WHERE key IN (:keys)")
				.param("keys", List.of(email, address)).query(Long.class).single()).isEqualTo(10);
	}
}
