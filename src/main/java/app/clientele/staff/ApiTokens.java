package app.clientele.staff;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import app.clientele.platform.Secrets;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * API bearer tokens: 256 random bits, kept only as a SHA-256 hash, valid for a fixed time.
 * A fast hash is right here (unlike passwords): the token has full entropy, so there is nothing
 * to guess, and every API call looks one up.
 * <p>
 * A token found valid is remembered for {@link #REMEMBERED} (never past its expiry), keyed by its
 * hash, in a Caffeine cache of at most {@value #REMEMBER_AT_MOST} tokens, so that a client's bursts of calls cost one lookup (issue 9: the lookup was a statement,
 * a pool checkout and a round trip on every call). Revoking a staff user's tokens (disabling
 * them) forgets them on this node at once and again after the commit; another node of a cluster
 * may honour them for up to {@link #REMEMBERED} more.
 */
@Component
class ApiTokens {

	/** How long a token found valid is taken on trust. */
	static final Duration REMEMBERED = Duration.ofSeconds(5);

	private static final int REMEMBER_AT_MOST = 10_000;

	private final JdbcClient jdbc;
	private final Duration ttl;
	private final Cache<String, Remembered> remembered = Caffeine.newBuilder().maximumSize(REMEMBER_AT_MOST)
			.expireAfter(new TrustedFor()).build();

	/** A token found valid, and for how long it is taken on trust (never past its expiry). */
	private record Remembered(StaffPrincipal principal, long trustNanos) {
	}

	private static final class TrustedFor implements Expiry<String, Remembered> {

		@Override
		public long expireAfterCreate(String key, Remembered value, long currentTime) {
			return value.trustNanos();
		}

		@Override
		public long expireAfterUpdate(String key, Remembered value, long currentTime, long currentDuration) {
			return value.trustNanos();
		}

		@Override
		public long expireAfterRead(String key, Remembered value, long currentTime, long currentDuration) {
			return currentDuration;
		}
	}

	ApiTokens(JdbcClient jdbc, @Value("${clientele.api-token-ttl:12h}") Duration ttl) {
		this.jdbc = jdbc;
		this.ttl = ttl;
	}

	IssuedToken issue(UUID staffId) {
		String token = "clt_" + Secrets.token();
		Instant expiresAt = Instant.now().plus(ttl);
		jdbc.sql("INSERT INTO api_token (token_hash, staff_id, expires_at) VALUES (:hash, :staff, :expires)")
				.param("hash", Secrets.hash(token)).param("staff", staffId).param("expires", Timestamp.from(expiresAt))
				.update();
		return new IssuedToken(token, expiresAt);
	}

	/** The enabled staff user a live token belongs to. */
	Optional<StaffPrincipal> resolve(String token) {
		if (token.isEmpty() || token.length() > 200) {
			return Optional.empty();
		}
		byte[] hash = Secrets.hash(token);
		String key = Base64.getEncoder().encodeToString(hash);
		Remembered known = remembered.getIfPresent(key);
		if (known != null) {
			return Optional.of(known.principal());
		}
		Optional<Remembered> found = jdbc.sql("""
				SELECT s.id, s.email, s.name, array_to_string(s.roles, ',') AS roles,
				       extract(epoch FROM t.expires_at - now()) AS seconds_left
				FROM api_token t JOIN staff s ON s.id = t.staff_id
				WHERE t.token_hash = :hash AND t.expires_at > now() AND s.enabled
				""").param("hash", hash)
				.query((rs, n) -> new Remembered(new StaffPrincipal(rs.getObject("id", UUID.class), rs.getString("email"),
						rs.getString("name"), StaffManagement.parseRoles(rs.getString("roles"))),
						Math.min(REMEMBERED.toNanos(), (long) (rs.getDouble("seconds_left") * 1e9))))
				.optional();
		if (found.isEmpty()) {
			remembered.invalidate(key);
			return Optional.empty();
		}
		remembered.put(key, found.get());
		return Optional.of(found.get().principal());
	}

	void revokeAll(UUID staffId) {
		jdbc.sql("DELETE FROM api_token WHERE staff_id = :staff").param("staff", staffId).update();
		forget(staffId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			// A call that read the token before this transaction commits may have remembered it again.
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					forget(staffId);
				}
			});
		}
	}

	private void forget(UUID staffId) {
		remembered.asMap().values().removeIf(r -> r.principal().id().equals(staffId));
	}

	@Scheduled(fixedDelay = 3_600_000, initialDelay = 120_000)
	@Transactional
	public void forgetExpired() {
		jdbc.sql("DELETE FROM api_token WHERE expires_at < now()").update();
	}

}
