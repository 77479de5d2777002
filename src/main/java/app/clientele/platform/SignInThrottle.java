package app.clientele.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles failed sign-ins per key (an email, a client address) over a sliding window. Kept in
 * the database so that every node sees the same count. A key with {@code limit} failures in the
 * window is blocked until the oldest of them leaves it.
 */
@Component
public class SignInThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	SignInThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public static String emailKey(String realm, String email) {
		return realm + ":email:" + email.trim().toLowerCase(Locale.ROOT);
	}

	public static String addressKey(String realm, String address) {
		return realm + ":address:" + address;
	}

	/** How long {@code key} stays blocked, or zero when it may try now. */
	@Transactional(readOnly = true)
	public Duration blockedFor(String key, int limit) {
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

	/** Throws {@link TooManyAttempts} when any of the keys is blocked. */
	public void check(Limit... limits) {
		Duration longest = Duration.ZERO;
		for (Limit l : limits) {
			Duration d = blockedFor(l.key(), l.max());
			if (d.compareTo(longest) > 0) {
				longest = d;
			}
		}
		if (!longest.isZero()) {
			throw new TooManyAttempts(longest);
		}
	}

	/** Records a failure for each key; committed even when the caller's transaction rolls back. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String... keys) {
		for (String key : keys) {
			jdbc.sql("INSERT INTO sign_in_failure (key) VALUES (:key)").param("key", key).update();
		}
	}

	/** A successful sign-in clears the failures of its email. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String key) {
		jdbc.sql("DELETE FROM sign_in_failure WHERE key = :key").param("key", key).update();
	}

	@Scheduled(fixedDelay = 600_000, initialDelay = 60_000)
	@Transactional
	public void forgetOldFailures() {
		jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < now() - make_interval(secs => :window)")
				.param("window", WINDOW.toSeconds()).update();
	}

	/** A key and the number of failures within the window that blocks it. */
	public record Limit(String key, int max) {
	}
}
