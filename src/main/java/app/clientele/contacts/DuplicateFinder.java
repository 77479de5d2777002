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
 * {@code search_name}): in the same account from 0.55, scored by the similarity; in other
 * accounts only near-identical names (0.8 and up), scored at half, because many real people
 * share common names across companies and a name alone elsewhere is a hint, not evidence.</li>
 * </ul>
 * Each further reason adds 0.05. Candidates scoring {@value #LIKELY} or more are likely
 * duplicates that block a create until staff confirm.
 */
@Component
class DuplicateFinder {

	static final double LIKELY = 0.6;
	static final double SAME_ACCOUNT_NAME = 0.55;
	static final double OTHER_ACCOUNT_NAME = 0.8;
	static final int NEIGHBOURS = 10;

	private final JdbcClient jdbc;

	DuplicateFinder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Probe(@Nullable UUID accountId, @Nullable String firstName, @Nullable String lastName,
			@Nullable String email, List<String> e164s, @Nullable UUID exclude) {
	}

	/**
	 * One statement for every kind of evidence, each branch served by its own index: the email
	 * (lower(email)), the phones (E.164), names in the same account (the account's contacts), and
	 * near-identical names anywhere. The last is "the ten nearest names by trigram similarity, kept
	 * from 0.8": when ten people have exactly this name (a btree lookup) they are the ten nearest;
	 * otherwise the trigram GIN index finds every name of similarity 0.8 or more ({@code %} with
	 * the threshold raised to 0.8 by set_config, local to the transaction, in a one-time gate that
	 * PostgreSQL evaluates before the scan starts; at the default 0.3 the answer would be the
	 * same, only slower) and the ten most similar are kept. A GiST nearest-neighbour scan gave the same
	 * answer but walked most of its index at a million contacts.
	 */
	List<DuplicateCandidate> find(Probe probe) {
		String name = fullName(probe);
		List<String> branches = new ArrayList<>();
		if (probe.email() != null) {
			branches.add("(SELECT 'E' AS kind, id, 0::real AS s FROM contact WHERE lower(email) COLLATE \"C\" = lower(:email) LIMIT 20)");
		}
		if (!probe.e164s().isEmpty()) {
			branches.add("(SELECT DISTINCT 'P' AS kind, contact_id AS id, 0::real AS s FROM contact_phone WHERE e164 IN (:phones) LIMIT 20)");
		}
		if (name != null && probe.accountId() != null) {
			branches.add("""
					SELECT 'A' AS kind, id, similarity(search_name, fold(:name)) AS s FROM contact
					WHERE account_id = :account
					  AND similarity(search_name, fold(:name)) >= :sameAccountThreshold""");
		}
		if (name != null) {
			branches.add("""
					SELECT 'N' AS kind, id, similarity(search_name, fold(:name)) AS s FROM contact
					WHERE id IN (SELECT id FROM exact) AND (SELECT count(*) FROM exact) = :neighbours
					  AND similarity(search_name, fold(:name)) >= :otherAccountThreshold""");
			branches.add("""
					(SELECT 'N' AS kind, id, s FROM (
					    SELECT id, similarity(search_name, fold(:name)) AS s FROM contact
					    WHERE search_name % fold(:name)
					      AND (SELECT count(*) FROM exact) < :neighbours AND (SELECT threshold FROM trigram) <> ''
					    ORDER BY s DESC LIMIT :neighbours) near
					 WHERE s >= :otherAccountThreshold)""");
		}
		if (branches.isEmpty()) {
			return List.of();
		}
		String exact = name == null ? "" : """
				WITH exact AS MATERIALIZED (
				    SELECT id FROM contact WHERE search_name = fold(:name) LIMIT :neighbours),
				trigram AS MATERIALIZED (
				    SELECT set_config('pg_trgm.similarity_threshold', CAST(:otherAccountThreshold AS text), true) AS threshold)
				""";
		Map<UUID, Evidence> found = new LinkedHashMap<>();
		jdbc.sql(exact + """
				SELECT h.kind, h.id, h.s, c.account_id, c.first_name || ' ' || c.last_name AS name, c.email,
				       a.name AS account_name
				FROM (%s) h JOIN contact c ON c.id = h.id LEFT JOIN account a ON a.id = c.account_id
				ORDER BY position(h.kind IN 'EPAN')
				""".formatted(String.join("\nUNION ALL\n", branches)))
				.param("email", probe.email()).param("phones", probe.e164s().isEmpty() ? List.of("") : probe.e164s())
				.param("name", name).param("account", probe.accountId()).param("neighbours", NEIGHBOURS)
				.param("sameAccountThreshold", SAME_ACCOUNT_NAME).param("otherAccountThreshold", OTHER_ACCOUNT_NAME)
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

	private static @Nullable String fullName(Probe probe) {
		String first = probe.firstName() == null ? "" : probe.firstName().strip();
		String last = probe.lastName() == null ? "" : probe.lastName().strip();
		String name = (first + " " + last).strip();
		return name.length() < 3 ? null : name;
	}

	private static List<DuplicateCandidate> describe(Map<UUID, Evidence> found) {
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

	private static final class Evidence {

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
