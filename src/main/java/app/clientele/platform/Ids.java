package app.clientele.platform;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7, RFC 9562): new rows land at the end of primary-key indexes
 * instead of scattering across them, and ids still reveal nothing sequential.
 */
public final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	public static UUID newId() {
		long millis = System.currentTimeMillis();
		byte[] random = new byte[10];
		RANDOM.nextBytes(random);
		long msb = (millis << 16) | 0x7000L | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
		long lsb = 0x8000000000000000L | ((random[2] & 0x3FL) << 56);
		for (int i = 3; i < 10; i++) {
			lsb |= (random[i] & 0xFFL) << (8 * (9 - i));
		}
		return new UUID(msb, lsb);
	}
}
