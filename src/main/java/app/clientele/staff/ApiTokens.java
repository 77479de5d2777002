package app.clientele.staff;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * API bearer tokens: 256 random bits, kept only as a SHA-256 hash, valid for a fixed time.
 * A fast hash is right here (unlike passwords): the token has full entropy, so there is nothing
 * to guess, and every API call looks one up.
 */
@Component
class ApiTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final Duration ttl;

	ApiTokens(JdbcClient jdbc, @Value("${clientele.api-token-ttl:12h}") Duration ttl) {
		this.jdbc = jdbc;
		this.ttl = ttl;
	}

	IssuedToken issue(UUID staffId) {
		byte[] raw = new byte[32];
		RANDOM.nextBytes(raw);
		String token = "clt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
		Instant expiresAt = Instant.now().plus(ttl);
		jdbc.sql("INSERT INTO api_token (token_hash, staff_id, expires_at) VALUES (:hash, :staff, :expires)")
				.param("hash", hash(token)).param("staff", staffId).param("expires", Timestamp.from(expiresAt))
				.update();
		return new IssuedToken(token, expiresAt);
	}

	/** The enabled staff user a live token belongs to. */
	Optional<StaffPrincipal> resolve(String token) {
		if (token.isEmpty() || token.length() > 200) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT s.id, s.email, s.name, array_to_string(s.roles, ',') AS roles
				FROM api_token t JOIN staff s ON s.id = t.staff_id
				WHERE t.token_hash = :hash AND t.expires_at > now() AND s.enabled
				""").param("hash", hash(token))
				.query((rs, n) -> new StaffPrincipal(rs.getObject("id", UUID.class), rs.getString("email"),
						rs.getString("name"), StaffManagement.parseRoles(rs.getString("roles"))))
				.optional();
	}

	void revokeAll(UUID staffId) {
		jdbc.sql("DELETE FROM api_token WHERE staff_id = :staff").param("staff", staffId).update();
	}

	@Scheduled(fixedDelay = 3_600_000, initialDelay = 120_000)
	@Transactional
	public void forgetExpired() {
		jdbc.sql("DELETE FROM api_token WHERE expires_at < now()").update();
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
