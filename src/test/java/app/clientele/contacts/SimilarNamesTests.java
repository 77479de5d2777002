package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The scan's pre-filter scores names as {@link Trigrams} (pg_trgm's rules) does. */
class SimilarNamesTests {

	@Test
	void scoresNamesAsPgTrgmDoes() {
		List<String> names = List.of("katarzyna kowalczyk", "katarzina kowalczyk", "kate kowalczyk", "jan nowak",
				"jan nowak jr", "o'brien sean", "sean obrien", "anna-maria lee", "a", "");
		for (String a : names) {
			for (String b : names) {
				assertThat(SimilarNames.similarity(a, b)).as(a + " / " + b)
						.isEqualTo(Trigrams.similarity(Trigrams.of(a), Trigrams.of(b)));
			}
		}
		assertThat(SimilarNames.similarity("katarzyna kowalczyk", "katarzina kowalczyk")).isBetween(0.55, 1.0);
	}
}
