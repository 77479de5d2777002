package app.clientele.platform;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * How many sign-ins (and other unauthenticated credential requests: password-reset requests,
 * self-registration, login requests) are worked on at once. A password check is Argon2id, about
 * 19 MiB and 25 ms of one core, and every such request needs a database connection for its
 * throttle count; without a bound a flood of them takes all memory, CPU and the connection pool,
 * and every other request waits. A request that finds no room within {@link #WAIT} is answered
 * 429 with {@code Retry-After} at once: it was not tried, so it counts as no failure.
 */
@Component
public class SignInCapacity {

	static final Duration WAIT = Duration.ofSeconds(1);

	private final Semaphore permits;

	/**
	 * Half the cores: requests run on virtual threads, which share one carrier thread per core, and
	 * an Argon2 check holds its carrier for its whole 25 ms; the other half stays free for everyone
	 * else's requests.
	 */
	SignInCapacity() {
		this(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
	}

	SignInCapacity(int permits) {
		this.permits = new Semaphore(permits, true);
	}

	/** Runs {@code work} when there is room for it, or throws {@link TooManyAttempts}. */
	public <T> T run(Supplier<T> work) {
		try {
			if (!permits.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new TooManyAttempts(Duration.ofSeconds(1));
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new TooManyAttempts(Duration.ofSeconds(1));
		}
		try {
			return work.get();
		}
		finally {
			permits.release();
		}
	}

	public void run(Runnable work) {
		run(() -> {
			work.run();
			return null;
		});
	}
}
