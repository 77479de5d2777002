package app.clientele.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one source of every secret handed out (API tokens, portal links, unsubscribe links): 256
 * random bits, URL-safe, and the SHA-256 hash that alone is stored. A token is looked up by its
 * hash, so a copy of the database opens nothing.
 */
public final class Secrets {

	/** Bytes of randomness in a token: 256 bits, beyond any guessing. */
	static final int BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	/** A new random token of 43 URL-safe characters (base64url without padding). */
	public static String token() {
		byte[] bytes = new byte[BYTES];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The SHA-256 of a token, the only form in which it is stored. */
	public static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e);
		}
	}
}
