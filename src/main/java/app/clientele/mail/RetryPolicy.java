package app.clientele.mail;

import java.time.Duration;
import java.util.Optional;

/**
 * Exponential backoff: after the n-th failed attempt, wait {@code base × 2^(n-1)}, at most
 * {@code max}; after {@code maxAttempts} attempts, give up.
 */
record RetryPolicy(Duration base, Duration max, int maxAttempts) {

	static RetryPolicy of(DeliveryProperties properties) {
		return new RetryPolicy(properties.retryBase(), properties.retryMax(), properties.maxAttempts());
	}

	/** The wait before the next attempt after {@code attempts} failed ones, or empty when they are spent. */
	Optional<Duration> after(int attempts) {
		if (attempts >= maxAttempts) {
			return Optional.empty();
		}
		int doublings = Math.min(Math.max(attempts - 1, 0), 30);
		Duration wait = base.multipliedBy(1L << doublings);
		return Optional.of(wait.compareTo(max) > 0 ? max : wait);
	}
}
