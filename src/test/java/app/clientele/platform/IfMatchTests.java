package app.clientele.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IfMatchTests {

	@Test
	void absentOrStarMatchesAnyVersion() {
		IfMatch.of(null).check("x", 7);
		IfMatch.of("*").check("x", 7);
		assertThat(IfMatch.of("  ").version()).isNull();
	}

	@Test
	void theCurrentVersionMatches() {
		IfMatch.of("\"7\"").check("x", 7);
		IfMatch.of("W/\"7\"").check("x", 7);
	}

	@Test
	void anOlderVersionIsStale() {
		assertThatThrownBy(() -> IfMatch.of("\"6\"").check("Account 1", 7)).isInstanceOf(StaleVersion.class)
				.satisfies(e -> assertThat(((StaleVersion) e).status().value()).isEqualTo(412));
	}

	@Test
	void somethingUnrecognisableMatchesNothing() {
		assertThatThrownBy(() -> IfMatch.of("abc").check("x", 7)).isInstanceOf(StaleVersion.class);
	}

	@Test
	void etagQuotesTheVersion() {
		assertThat(IfMatch.etag(3)).isEqualTo("\"3\"");
	}
}
