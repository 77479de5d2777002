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
 * <li>similar name (pg_trgm similarity of "first last", case and accents folded): in the same
 * account from 0.55, scored by the similarity; in other accounts only near-identical names
 * (0.8 and up), scored at half, because many real people share common names across companies
 * and a name alone elsewhere is a hint, not evidence.</li>
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

	List<DuplicateCandidate> find(Probe probe) {
		Map<UUID, Evidence> found = new LinkedHashMap<>();
		if (probe.email() != null) {
			jdbc.sql("SELECT id, account_id FROM contact WHERE lower(email) = lower(:email) LIMIT 20")
					.param("email", probe.email())
					.query((rs, n) -> new Hit(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), 0))
					.list().forEach(h -> evidence(found, h, probe).sameEmail = true);
		}
		if (!probe.e164s().isEmpty()) {
			jdbc.sql("""
					SELECT DISTINCT c.id, c.account_id FROM contact_phone p JOIN contact c ON c.id = p.contact_id
					WHERE p.e164 IN (:phones) LIMIT 20
					""").param("phones", probe.e164s())
					.query((rs, n) -> new Hit(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class), 0))
					.list().forEach(h -> evidence(found, h, probe).samePhone = true);
		}
		String name = fullName(probe);
		if (name != null) {
			if (probe.accountId() != null) {
				jdbc.sql("""
						SELECT id, account_id, similarity(fold(first_name || ' ' || last_name), fold(:name)) AS s
						FROM contact WHERE account_id = :account
						  AND similarity(fold(first_name || ' ' || last_name), fold(:name)) >= :threshold
						""").param("name", name).param("account", probe.accountId()).param("threshold", SAME_ACCOUNT_NAME)
						.query((rs, n) -> new Hit(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
								rs.getDouble("s")))
						.list().forEach(h -> evidence(found, h, probe).nameSimilarity = h.similarity());
			}
			// Nearest neighbours by trigram distance through the GiST index, then keep the near-identical.
			jdbc.sql("""
					SELECT id, account_id, s FROM (
					    SELECT id, account_id, similarity(fold(first_name || ' ' || last_name), fold(:name)) AS s
					    FROM contact
					    ORDER BY fold(first_name || ' ' || last_name) <-> fold(:name)
					    LIMIT :neighbours) nearest
					WHERE s >= :threshold
					""").param("name", name).param("neighbours", NEIGHBOURS).param("threshold", OTHER_ACCOUNT_NAME)
					.query((rs, n) -> new Hit(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
							rs.getDouble("s")))
					.list().forEach(h -> {
						Evidence e = evidence(found, h, probe);
						e.nameSimilarity = Math.max(e.nameSimilarity, h.similarity());
					});
		}
		found.remove(probe.exclude());
		return describe(found);
	}

	private static @Nullable String fullName(Probe probe) {
		String first = probe.firstName() == null ? "" : probe.firstName().strip();
		String last = probe.lastName() == null ? "" : probe.lastName().strip();
		String name = (first + " " + last).strip();
		return name.length() < 3 ? null : name;
	}

	private record Hit(UUID id, @Nullable UUID accountId, double similarity) {
	}

	private static Evidence evidence(Map<UUID, Evidence> found, Hit hit, Probe probe) {
		return found.computeIfAbsent(hit.id(), id -> new Evidence(id, hit.accountId(),
				probe.accountId() != null && probe.accountId().equals(hit.accountId())));
	}

	private List<DuplicateCandidate> describe(Map<UUID, Evidence> found) {
		List<Evidence> scored = found.values().stream().filter(e -> e.score() > 0)
				.sorted(Comparator.comparingDouble(Evidence::score).reversed()).limit(10).toList();
		if (scored.isEmpty()) {
			return List.of();
		}
		Map<UUID, String[]> info = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT c.id, c.first_name || ' ' || c.last_name AS name, c.email, a.name AS account_name
				FROM contact c LEFT JOIN account a ON a.id = c.account_id WHERE c.id IN (:ids)
				""").param("ids", scored.stream().map(e -> e.id).toList())
				.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class),
						new String[] { rs.getString("name"), rs.getString("email"), rs.getString("account_name") }))
				.list().forEach(e -> info.put(e.getKey(), e.getValue()));
		List<DuplicateCandidate> candidates = new ArrayList<>();
		for (Evidence e : scored) {
			String[] i = info.getOrDefault(e.id, new String[] { "", null, null });
			candidates.add(new DuplicateCandidate(e.id, e.accountId, Math.round(e.score() * 100) / 100.0, e.reasons(),
					i[0], i[1], i[2], e.sameAccount));
		}
		return candidates;
	}

	/** Whether the candidates include one likely enough to block a create. */
	static boolean anyLikely(List<DuplicateCandidate> candidates) {
		return candidates.stream().anyMatch(c -> c.score() >= LIKELY);
	}

	private static final class Evidence {

		final UUID id;
		final @Nullable UUID accountId;
		final boolean sameAccount;
		boolean sameEmail;
		boolean samePhone;
		double nameSimilarity;

		Evidence(UUID id, @Nullable UUID accountId, boolean sameAccount) {
			this.id = id;
			this.accountId = accountId;
			this.sameAccount = sameAccount;
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
