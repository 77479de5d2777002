package app.clientele.contacts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The duplicate evidence among the rows of one batch: a row is checked against the rows accepted
 * before it, as a create one after the other would find them on record (the same email, an E.164
 * phone, the same folded name in the same account or elsewhere). Names are folded in Java as the
 * database's {@code fold()} does (accents removed, lower case; the database's unaccent also turns
 * letters such as Ł and ß into L and ss, Java does not); similar names in one account are scored
 * with pg_trgm's similarity computed in Java ({@link Trigrams}).
 */
final class BatchDuplicates {

	private final Map<String, List<Contact>> byEmail = new HashMap<>();
	private final Map<String, List<Contact>> byPhone = new HashMap<>();
	private final Map<String, List<Contact>> byName = new HashMap<>();
	/** The batch's accepted contacts of each account, with their names' trigrams, for similar names. */
	private final Map<UUID, List<Map.Entry<Contact, java.util.Set<String>>>> byAccount = new HashMap<>();
	private final Map<UUID, String> accountNames;

	BatchDuplicates(Map<UUID, String> accountNames) {
		this.accountNames = accountNames;
	}

	/** Adds what the batch's earlier rows say about this one to {@code found}. */
	void addEvidence(@Nullable UUID accountId, ContactRules.Normalised n, Map<UUID, DuplicateFinder.Evidence> found) {
		if (n.email() != null) {
			byEmail.getOrDefault(n.email().toLowerCase(Locale.ROOT), List.of())
					.forEach(c -> evidence(found, c, accountId).sameEmail = true);
		}
		for (Phone phone : n.phones()) {
			byPhone.getOrDefault(phone.e164(), List.of()).forEach(c -> evidence(found, c, accountId).samePhone = true);
		}
		String name = folded(n.firstName(), n.lastName());
		if (name != null) {
			byName.getOrDefault(name, List.of()).forEach(c -> evidence(found, c, accountId).nameSimilarity = 1.0);
			similarInAccount(accountId, name, found);
		}
	}

	void accepted(Contact c) {
		if (c.email() != null) {
			byEmail.computeIfAbsent(c.email().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(c);
		}
		c.phones().forEach(p -> byPhone.computeIfAbsent(p.e164(), k -> new ArrayList<>()).add(c));
		String name = folded(c.firstName(), c.lastName());
		if (name != null) {
			byName.computeIfAbsent(name, k -> new ArrayList<>()).add(c);
			if (c.accountId() != null) {
				byAccount.computeIfAbsent(c.accountId(), k -> new ArrayList<>()).add(Map.entry(c, Trigrams.of(name)));
			}
		}
	}

	/** A similar name in the same account, as the database's trigram similarity scores it. */
	private void similarInAccount(@Nullable UUID accountId, String name, Map<UUID, DuplicateFinder.Evidence> found) {
		if (accountId == null) {
			return;
		}
		java.util.Set<String> trigrams = Trigrams.of(name);
		for (Map.Entry<Contact, java.util.Set<String>> other : byAccount.getOrDefault(accountId, List.of())) {
			double s = Trigrams.similarity(trigrams, other.getValue());
			if (s >= DuplicateFinder.SAME_ACCOUNT_NAME) {
				DuplicateFinder.Evidence e = evidence(found, other.getKey(), accountId);
				e.nameSimilarity = Math.max(e.nameSimilarity, Math.round(s * 1e6) / 1e6);
			}
		}
	}

	private DuplicateFinder.Evidence evidence(Map<UUID, DuplicateFinder.Evidence> found, Contact c,
			@Nullable UUID accountId) {
		return found.computeIfAbsent(c.id(), id -> new DuplicateFinder.Evidence(id, c.accountId(),
				accountId != null && accountId.equals(c.accountId()), c.firstName() + " " + c.lastName(), c.email(),
				c.accountId() == null ? null : accountNames.get(c.accountId())));
	}

	private static @Nullable String folded(String first, String last) {
		String name = (first.strip() + " " + last.strip()).strip();
		if (name.length() < 3) {
			return null;
		}
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return Objects.requireNonNull(plain).toLowerCase(Locale.ROOT);
	}
}
