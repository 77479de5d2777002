package app.clientele.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * How the evidence found for a contact on record becomes its score and reasons. Which contacts
 * the SQL finds (the email, phone and name probes and their indexes) is checked against
 * PostgreSQL in ContactsIntegrationTests.
 */
class DuplicateFinderTests {

	static final UUID ACCOUNT = UUID.randomUUID();

	@Test
	void sameEmailInTheSameAccountScoresOne() {
		DuplicateFinder.Evidence e = evidence(true);
		e.sameEmail = true;
		assertThat(e.score()).isEqualTo(1.0);
		assertThat(e.reasons()).containsExactly("SAME_EMAIL");
	}

	@Test
	void sameEmailInAnotherAccountScoresLessThanOne() {
		DuplicateFinder.Evidence e = evidence(false);
		e.sameEmail = true;
		assertThat(e.score()).isEqualTo(0.95);
	}

	@Test
	void samePhoneScoresAsLikely() {
		DuplicateFinder.Evidence e = evidence(false);
		e.samePhone = true;
		assertThat(e.score()).isEqualTo(0.85).isGreaterThanOrEqualTo(DuplicateFinder.LIKELY);
		assertThat(e.reasons()).containsExactly("SAME_PHONE");
	}

	@Test
	void similarNameInTheSameAccountScoresItsSimilarityFromTheThreshold() {
		DuplicateFinder.Evidence e = evidence(true);
		e.nameSimilarity = 0.7;
		assertThat(e.score()).isEqualTo(0.7);
		assertThat(e.reasons()).containsExactly("SIMILAR_NAME");
		e.nameSimilarity = DuplicateFinder.SAME_ACCOUNT_NAME - 0.01;
		assertThat(e.score()).isZero();
		assertThat(e.reasons()).isEmpty();
	}

	@Test
	void sameNameInAnotherAccountIsOnlyAHintThatNeverBlocks() {
		DuplicateFinder.Evidence e = evidence(false);
		e.nameSimilarity = 1.0;
		assertThat(e.score()).isEqualTo(0.5).isLessThan(DuplicateFinder.LIKELY);
		assertThat(e.reasons()).containsExactly("SIMILAR_NAME");
	}

	@Test
	void similarButNotEqualNameInAnotherAccountCountsForNothing() {
		DuplicateFinder.Evidence e = evidence(false);
		e.nameSimilarity = 0.9;
		assertThat(e.score()).isZero();
		assertThat(e.reasons()).isEmpty();
	}

	@Test
	void eachFurtherReasonAddsFiveHundredthsUpToOne() {
		DuplicateFinder.Evidence elsewhere = evidence(false);
		elsewhere.sameEmail = true;
		elsewhere.samePhone = true;
		elsewhere.nameSimilarity = 1.0;
		assertThat(elsewhere.score()).isEqualTo(1.0);
		assertThat(elsewhere.reasons()).containsExactly("SAME_EMAIL", "SAME_PHONE", "SIMILAR_NAME");
		DuplicateFinder.Evidence phoneAndName = evidence(true);
		phoneAndName.samePhone = true;
		phoneAndName.nameSimilarity = 0.6;
		assertThat(phoneAndName.score()).isCloseTo(0.9, within(1e-9));
	}

	@Test
	void describesOnlyCandidatesWithEvidenceBestFirstAndRounded() {
		Map<UUID, DuplicateFinder.Evidence> found = new LinkedHashMap<>();
		DuplicateFinder.Evidence weak = put(found, evidence(true));
		weak.nameSimilarity = 0.5678;
		DuplicateFinder.Evidence nothing = put(found, evidence(false));
		nothing.nameSimilarity = 0.9;
		DuplicateFinder.Evidence strong = put(found, evidence(false));
		strong.samePhone = true;
		List<DuplicateCandidate> candidates = DuplicateFinder.describe(found);
		assertThat(candidates).extracting(DuplicateCandidate::contactId).containsExactly(strong.id, weak.id);
		assertThat(candidates).extracting(DuplicateCandidate::score).containsExactly(0.85, 0.57);
		assertThat(candidates.get(1).sameAccount()).isTrue();
	}

	@Test
	void describesAtMostTenCandidates() {
		Map<UUID, DuplicateFinder.Evidence> found = new LinkedHashMap<>();
		for (int i = 0; i < 12; i++) {
			put(found, evidence(false)).samePhone = true;
		}
		assertThat(DuplicateFinder.describe(found)).hasSize(10);
	}

	@Test
	void onlyALikelyCandidateBlocksACreate() {
		assertThat(DuplicateFinder.anyLikely(List.of(candidate(0.59), candidate(0.5)))).isFalse();
		assertThat(DuplicateFinder.anyLikely(List.of(candidate(0.5), candidate(0.6)))).isTrue();
	}

	@Test
	void probesNoNameShorterThanThreeCharacters() {
		assertThat(DuplicateFinder.fullName(probe(" A ", null))).isNull();
		assertThat(DuplicateFinder.fullName(probe(null, "Li "))).isNull();
		assertThat(DuplicateFinder.fullName(probe("A", "b"))).isEqualTo("A b");
		assertThat(DuplicateFinder.fullName(probe(" Ada ", " Lovelace "))).isEqualTo("Ada Lovelace");
	}

	static DuplicateFinder.Evidence evidence(boolean sameAccount) {
		return new DuplicateFinder.Evidence(UUID.randomUUID(), sameAccount ? ACCOUNT : UUID.randomUUID(), sameAccount,
				"Ada Lovelace", null, "Acme");
	}

	static DuplicateFinder.Evidence put(Map<UUID, DuplicateFinder.Evidence> found, DuplicateFinder.Evidence e) {
		found.put(e.id, e);
		return e;
	}

	static DuplicateCandidate candidate(double score) {
		return new DuplicateCandidate(UUID.randomUUID(), null, score, List.of(), "Ada Lovelace", null, null, false);
	}

	static DuplicateFinder.Probe probe(@Nullable String first, @Nullable String last) {
		return new DuplicateFinder.Probe(ACCOUNT, first, last, null, List.of(), null);
	}
}
