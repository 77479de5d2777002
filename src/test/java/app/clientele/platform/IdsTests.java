package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class IdsTests {

	@Test
	void idsAreVersion7AndTimeOrdered() throws InterruptedException {
		UUID first = Ids.newId();
		assertThat(first.version()).isEqualTo(7);
		assertThat(first.variant()).isEqualTo(2);
		List<UUID> later = new ArrayList<>();
		Thread.onSpinWait();
		long until = System.currentTimeMillis() + 3;
		while (System.currentTimeMillis() < until) {
			Thread.onSpinWait();
		}
		later.add(Ids.newId());
		assertThat(later.getFirst().toString()).isGreaterThan(first.toString());
	}

	@Test
	void idsDoNotRepeat() {
		var seen = new java.util.HashSet<UUID>();
		for (int i = 0; i < 100_000; i++) {
			assertThat(seen.add(Ids.newId())).isTrue();
		}
	}
}
