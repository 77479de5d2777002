package app.clientele.platform;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/** Throttled: 429 with {@code Retry-After}. */
public class TooManyAttempts extends ProblemException {

	private final Duration retryAfter;

	public TooManyAttempts(Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts",
				"Too many attempts. Try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds.");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return retryAfter;
	}
}
