package app.clientele.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryPolicyTests {

	private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 6);

	@Test
	void waitsDoubleAfterEachFailedAttempt() {
		assertThat(policy.after(1)).contains(Duration.ofSeconds(30));
		assertThat(policy.after(2)).contains(Duration.ofSeconds(60));
		assertThat(policy.after(3)).contains(Duration.ofSeconds(120));
		assertThat(policy.after(5)).contains(Duration.ofMinutes(8));
	}

	@Test
	void neverWaitsLongerThanTheMaximum() {
		assertThat(new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(10), 100).after(60))
				.contains(Duration.ofMinutes(10));
	}

	@Test
	void givesUpAfterTheLastAttempt() {
		assertThat(policy.after(6)).isEmpty();
		assertThat(policy.after(7)).isEmpty();
	}
}
