package app.clientele.contacts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds contacts on record that may be the person being entered: the same account first, then
 * all accounts. Evidence and scores:
 * <ul>
 * <li>same email: 1.0 in the same account (never allowed), 0.95 elsewhere;</li>
 * <li>same phone (E.164): 0.85;</li>
 * <li>similar name (pg_trgm similarity of "first last", case and accents folded, kept in
 * {@code search_name}) in the same account from {@value #SAME_ACCOUNT_NAME}, scored by the
 * similarity;</li>
 * <li>the same name (the folded "first last" equal) in another account, scored at half (0.5),
 * because many real people share common names across companies and a name alone elsewhere is a
 * hint, never enough to block a create.</li>
 * </ul>
 * Why these thresholds: within one account a typo of a name on record ("Katarzina" for
 * "Katarzyna") is most likely the same person, and comparing against one account's contacts (at
 * most a few hundred, through its index) is cheap. Across a million contacts, a fuzzy name probe
 * (trigram similarity 0.8 or more) cost 2 to 10 ms for names made of common words, each of
 * whose trigrams is in thousands of names, and only ever gave a non-blocking hint; the exact folded
 * name is a btree lookup (issue 9). A misspelt name in another account is therefore no longer
 * offered; its email or phone still is.
 * Each further reason adds 0.05. Candidates scoring {@value #LIKELY} or more are likely
 * duplicates that block a create until staff confirm.
 */
@Component
class DuplicateFinder {

	static final double LIKELY = 0.6;
	static final double SAME_ACCOUNT_NAME = 0.55;
	/** Similarity that counts in another account: only the same folded name (similarity 1). */
	static final double OTHER_ACCOUNT_NAME = 1.0;
	/** How many people elsewhere with the same name are offered. */
	static final int SAME_NAME_ELSEWHERE = 10;

	private final JdbcClient jdbc;

	DuplicateFinder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What is known of the person; {@code secondEmail} counts as an email as much as the first. */
	record Probe(@Nullable UUID accountId, @Nullable String firstName, @Nullable String lastName,
			@Nullable String email, List<String> e164s, @Nullable UUID exclude, @Nullable String secondEmail) {

		Probe(@Nullable UUID accountId, @Nullable String firstName, @Nullable String lastName, @Nullable String email,
				List<String> e164s, @Nullable UUID exclude) {
			this(accountId, firstName, lastName, email, e164s, exclude, null);
		}
	}

	/**
	 * One statement for every kind of evidence, each branch served by its own index: the email
	 * (lower(email) in the C collation), the phones (E.164), names in the same account (the
	 * account's contacts, whose folded names its index covers) and the same folded name anywhere
	 * ({@code search_name}).
	 */
	List<DuplicateCandidate> find(Probe probe) {
		String name = fullName(probe);
		List<String> branches = branches(probe, name);
		if (branches.isEmpty()) {
			return List.of();
		}
		String folded = name == null ? "" : "WITH probe AS MATERIALIZED (SELECT fold(:name) AS folded)\n";
		Map<UUID, Evidence> found = new LinkedHashMap<>();
		jdbc.sql(folded + """
				SELECT h.kind, h.id, h.s, c.account_id, c.first_name || ' ' || c.last_name AS name, c.email,
				       a.name AS account_name
				FROM (%s) h JOIN contact c ON c.id = h.id LEFT JOIN account_directory a ON a.id = c.account_id
				ORDER BY position(h.kind IN 'EPAN')
				""".formatted(String.join("\nUNION ALL\n", branches)))
				.param("email", probe.email()).param("secondEmail", probe.secondEmail()).param("phones", probe.e164s().isEmpty() ? List.of("") : probe.e164s())
				.param("name", name).param("account", probe.accountId()).param("sameName", SAME_NAME_ELSEWHERE)
				.param("sameAccountThreshold", SAME_ACCOUNT_NAME)
				.query((rs, n) -> {
					UUID id = rs.getObject("id", UUID.class);
					UUID accountId = rs.getObject("account_id", UUID.class);
					Evidence e = found.get(id);
					if (e == null) {
						e = new Evidence(id, accountId, probe.accountId() != null && probe.accountId().equals(accountId),
								rs.getString("name"), rs.getString("email"), rs.getString("account_name"));
						found.put(id, e);
					}
					switch (rs.getString("kind")) {
						case "E" -> e.sameEmail = true;
						case "P" -> e.samePhone = true;
						default -> e.nameSimilarity = Math.max(e.nameSimilarity, rs.getDouble("s"));
					}
					return e;
				}).list();
		found.remove(probe.exclude());
		return describe(found);
	}

	/** The branches that can find something for the probe: an email, phones, a name (within and outside its account). */
	private static List<String> branches(Probe probe, @Nullable String name) {
		List<String> branches = new ArrayList<>();
		if (probe.email() != null || probe.secondEmail() != null) {
			// every email of the probe against every email on record: a second email is the same person's too
			for (String column : List.of("email", "second_email")) {
				branches.add(("(SELECT 'E' AS kind, id, 0::real AS s FROM contact WHERE lower(%1$s) COLLATE \"C\" = lower(:email)"
						+ " OR lower(%1$s) COLLATE \"C\" = lower(:secondEmail) LIMIT 20)").formatted(column));
			}
		}
		if (!probe.e164s().isEmpty()) {
			branches.add("(SELECT DISTINCT 'P' AS kind, contact_id AS id, 0::real AS s FROM contact_phone WHERE e164 IN (:phones) LIMIT 20)");
		}
		if (name != null && probe.accountId() != null) {
			branches.add("""
					SELECT 'A' AS kind, id, similarity(search_name, (SELECT folded FROM probe)) AS s FROM contact
					WHERE account_id = :account
					  AND similarity(search_name, (SELECT folded FROM probe)) >= :sameAccountThreshold""");
		}
		if (name != null) {
			branches.add("""
					(SELECT 'N' AS kind, id, 1::real AS s FROM contact
					 WHERE search_name = (SELECT folded FROM probe) AND account_id IS DISTINCT FROM CAST(:account AS uuid)
					 LIMIT :sameName)""");
		}
		return branches;
	}

	/** "first last", or null when too short (under 3 characters) to say anything about a person. */
	static @Nullable String fullName(Probe probe) {
		String first = probe.firstName() == null ? "" : probe.firstName().strip();
		String last = probe.lastName() == null ? "" : probe.lastName().strip();
		String name = (first + " " + last).strip();
		return name.length() < 3 ? null : name;
	}

	/** The ten best-scored candidates with any evidence, best first. */
	static List<DuplicateCandidate> describe(Map<UUID, Evidence> found) {
		return found.values().stream().filter(e -> e.score() > 0)
				.sorted(Comparator.comparingDouble(Evidence::score).reversed()).limit(10)
				.map(e -> new DuplicateCandidate(e.id, e.accountId, Math.round(e.score() * 100) / 100.0, e.reasons(),
						e.name, e.email, e.accountName, e.sameAccount))
				.toList();
	}

	/** Whether the candidates include one likely enough to block a create. */
	static boolean anyLikely(List<DuplicateCandidate> candidates) {
		return candidates.stream().anyMatch(c -> c.score() >= LIKELY);
	}

	/** What the probe found about one contact on record; package-private so its scoring is unit-tested. */
	static final class Evidence {

		final UUID id;
		final @Nullable UUID accountId;
		final boolean sameAccount;
		final String name;
		final @Nullable String email;
		final @Nullable String accountName;
		boolean sameEmail;
		boolean samePhone;
		double nameSimilarity;

		Evidence(UUID id, @Nullable UUID accountId, boolean sameAccount, String name, @Nullable String email,
				@Nullable String accountName) {
			this.id = id;
			this.accountId = accountId;
			this.sameAccount = sameAccount;
			this.name = name;
			this.email = email;
			this.accountName = accountName;
		}

		List<String> reasons() {
			Set<String> reasons = new LinkedHashSet<>();
			if (sameEmail) {
				reasons.add("SAME_EMAIL");
			}
			if (samePhone) {
				reasons.add("SAME_PHONE");
			}
			if (nameCounts()) {
				reasons.add("SIMILAR_NAME");
			}
			return List.copyOf(reasons);
		}

		private boolean nameCounts() {
			return sameAccount ? nameSimilarity >= SAME_ACCOUNT_NAME : nameSimilarity >= OTHER_ACCOUNT_NAME;
		}

		double score() {
			double best = 0;
			int reasons = 0;
			if (sameEmail) {
				best = Math.max(best, sameAccount ? 1.0 : 0.95);
				reasons++;
			}
			if (samePhone) {
				best = Math.max(best, 0.85);
				reasons++;
			}
			if (nameCounts()) {
				best = Math.max(best, sameAccount ? nameSimilarity : nameSimilarity * 0.5);
				reasons++;
			}
			return reasons == 0 ? 0 : Math.min(1.0, best + 0.05 * (reasons - 1));
		}
	}
}
