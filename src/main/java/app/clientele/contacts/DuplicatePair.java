package app.clientele.contacts;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Two contacts on record that a duplicate scan found may be the same person, by the rules of the
 * check at creation ({@link DuplicateCandidate}'s reasons and score).
 *
 * @param contactIds the two contacts, the smaller id first
 * @param nameSimilarity how similar their folded names are (0 to 1), for "name 0.86 similar"
 * @param people the two contacts as staff compare them, in the order of {@code contactIds}
 */
public record DuplicatePair(UUID id, List<UUID> contactIds, double score, List<String> reasons, double nameSimilarity,
		List<Person> people) {

	public DuplicatePair {
		contactIds = List.copyOf(contactIds);
		reasons = List.copyOf(reasons);
		people = List.copyOf(people);
	}

	/** One side of a pair: who it is, how to reach them, where they work. */
	public record Person(UUID id, String name, @Nullable String email, List<String> phones, @Nullable UUID accountId,
			@Nullable String accountName) {
	}

	/** The side that is not {@code contactId}. */
	public Person other(UUID contactId) {
		return people.get(0).id().equals(contactId) ? people.get(1) : people.get(0);
	}
}
