package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every token Clientele hands out comes from one generator and is stored only as its hash. */
class SecretsTests {

	@Test
	void tokensCarry256RandomBitsInUrlSafeCharacters() {
		String token = Secrets.token();
		assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
	}

	@Test
	void tokensNeverRepeat() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 100_000; i++) {
			assertThat(seen.add(Secrets.token())).isTrue();
		}
	}

	@Test
	void theStoredHashIsTheTokensSha256() throws Exception {
		String token = Secrets.token();
		byte[] expected = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		assertThat(Secrets.hash(token)).isEqualTo(expected);
		assertThat(HexFormat.of().formatHex(Secrets.hash("abc")))
				.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}
}
