package app.clientele.platform;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles sign-ins and similar attempts per key (an email, a client address) over a sliding
 * window. Kept in the database so that every node sees the same count. A key with {@code limit}
 * attempts in the window is blocked until the oldest of them leaves it.
 * <p>
 * An attempt is counted before its credentials are checked, in one atomic step with the check of
 * the limit (see {@link #attempt}), and stays counted unless it succeeds. So concurrent attempts
 * cannot slip past the limit together, and an attempt that ends in an error still counts. Nothing
 * here opens a second transaction: callers hold no connection while they wait for one.
 */
@Component
public class SignInThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	SignInThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String emailKey(String realm, String email) {
		return realm + ":email:" + Emails.canonical(email);
	}

	public static String addressKey(String realm, String address) {
		return realm + ":address:" + address;
	}

	/**
	 * Counts one attempt against every limit, or throws {@link TooManyAttempts} (counting nothing)
	 * when any key has reached its limit. Checking and counting are one step: each key is locked
	 * (a transaction-scoped advisory lock, taken in key order so two attempts never wait on each
	 * other crosswise) until the count is written. Joins the caller's transaction, if any; call it
	 * outside one so that it commits, and releases its locks, at once.
	 */
	@Transactional
	public Attempt attempt(Limit... limits) {
		List<Limit> ordered = Arrays.stream(limits).sorted(Comparator.comparing(Limit::key)).toList();
		for (Limit l : ordered) {
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", l.key())
					.query((rs, n) -> 1).list();
		}
		Duration longest = Duration.ZERO;
		for (Limit l : ordered) {
			Duration d = blockedFor(l.key(), l.max());
			if (d.compareTo(longest) > 0) {
				longest = d;
			}
		}
		if (!longest.isZero()) {
			throw new TooManyAttempts(longest);
		}
		List<Counted> counted = new ArrayList<>();
		for (Limit l : ordered) {
			Instant at = jdbc.sql("INSERT INTO sign_in_failure (key) VALUES (:key) RETURNING failed_at")
					.param("key", l.key()).query(Instant.class).single();
			counted.add(new Counted(l.key(), at));
		}
		return new Attempt(counted);
	}

	/** A successful sign-in: neither it nor any earlier failure of {@code key} (its email) counts. */
	@Transactional
	public void succeeded(Attempt attempt, String key) {
		for (Counted c : attempt.counted()) {
			jdbc.sql("""
					DELETE FROM sign_in_failure WHERE ctid IN (
					    SELECT ctid FROM sign_in_failure WHERE key = :key AND failed_at = :at LIMIT 1)
					""").param("key", c.key()).param("at", Timestamp.from(c.at())).update();
		}
		jdbc.sql("DELETE FROM sign_in_failure WHERE key = :key").param("key", key).update();
	}

	private Duration blockedFor(String key, int limit) {
		List<Instant> recent = jdbc.sql("""
				SELECT failed_at FROM sign_in_failure
				WHERE key = :key AND failed_at > now() - make_interval(secs => :window)
				ORDER BY failed_at DESC LIMIT :limit
				""")
				.param("key", key).param("window", WINDOW.toSeconds()).param("limit", limit)
				.query(Instant.class).list();
		if (recent.size() < limit) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(Instant.now(), recent.getLast().plus(WINDOW));
		return left.isNegative() ? Duration.ZERO : left.plusSeconds(1);
	}

	@Scheduled(fixedDelay = 600_000, initialDelay = 60_000)
	@Transactional
	public void forgetOldFailures() {
		jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < now() - make_interval(secs => :window)")
				.param("window", WINDOW.toSeconds()).update();
	}

	/** A key and the number of attempts within the window that blocks it. */
	public record Limit(String key, int max) {
	}

	/** What {@link #attempt} counted: one row per key. */
	public record Attempt(List<Counted> counted) {
	}

	public record Counted(String key, Instant at) {
	}
}
