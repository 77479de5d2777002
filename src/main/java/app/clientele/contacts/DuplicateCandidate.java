package app.clientele.contacts;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A contact on record that may be the same person, with a score from 0 to 1 and why:
 * SAME_EMAIL, SAME_PHONE, SIMILAR_NAME.
 */
public record DuplicateCandidate(UUID contactId, @Nullable UUID accountId, double score, List<String> reasons,
		String name, @Nullable String email, @Nullable String accountName, boolean sameAccount) {
}
