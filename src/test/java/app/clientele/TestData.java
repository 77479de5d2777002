package app.clientele;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Values unique enough for tests that share one database: duplicate detection must not see
 * another test's person in them.
 */
public final class TestData {

	private TestData() {
	}

	/** A valid US number nobody else in the suite uses, formatted as people type it. */
	public static String phone() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		return String.format("(%d) %d-%04d", 212 + r.nextInt(3) * 100, 200 + r.nextInt(800), r.nextInt(10_000));
	}

	public static String email(String name) {
		return name.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	public static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
