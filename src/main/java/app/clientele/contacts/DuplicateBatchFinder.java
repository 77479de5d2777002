package app.clientele.contacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link DuplicateFinder#find} for many probes in one statement (an import's chunk): the same four
 * branches, evidence and scores, each branch a lateral lookup per probe through its own index (a
 * plain join let the planner read every contact once per chunk). Kept in
 * step with the single probe by {@code DuplicateBatchFinderIntegrationTests}, which compares the
 * two on the same probes.
 */
@Component
class DuplicateBatchFinder {

	private final JdbcClient jdbc;

	DuplicateBatchFinder(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The candidates of each probe, in the order of the probes. */
	List<List<DuplicateCandidate>> findAll(List<DuplicateFinder.Probe> probes) {
		return evidence(probes).stream().map(DuplicateFinder::describe).toList();
	}

	/** What was found about each probe, by contact, before scoring (a batch adds its own rows' evidence). */
	List<Map<UUID, DuplicateFinder.Evidence>> evidence(List<DuplicateFinder.Probe> probes) {
		return evidence(probes, true);
	}

	/**
	 * The evidence, without the similar names in the probe's own account when {@code similarInAccount}
	 * is false: a duplicate scan compares an account's names with one join of its own instead of one
	 * lookup per probe ({@link DuplicateScanEvidence}).
	 */
	List<Map<UUID, DuplicateFinder.Evidence>> evidence(List<DuplicateFinder.Probe> probes, boolean similarInAccount) {
		int n = probes.size();
		List<Map<UUID, DuplicateFinder.Evidence>> found = new ArrayList<>(n);
		List<Integer> idx = new ArrayList<>();
		List<String> emails = new ArrayList<>();
		List<Integer> phoneIdx = new ArrayList<>();
		List<String> phones = new ArrayList<>();
		List<Integer> nameIdx = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<UUID> accounts = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			found.add(new LinkedHashMap<>());
			DuplicateFinder.Probe p = probes.get(i);
			if (p.email() != null) {
				idx.add(i);
				emails.add(p.email());
			}
			for (String e164 : p.e164s()) {
				phoneIdx.add(i);
				phones.add(e164);
			}
			String name = DuplicateFinder.fullName(p);
			if (name != null) {
				nameIdx.add(i);
				names.add(name);
				accounts.add(p.accountId());
			}
		}
		if (n > 0) {
			query(probes, found, idx, emails, phoneIdx, phones, nameIdx, names, accounts, similarInAccount);
		}
		for (int i = 0; i < n; i++) {
			found.get(i).remove(probes.get(i).exclude());
		}
		return found;
	}

	private void query(List<DuplicateFinder.Probe> probes, List<Map<UUID, DuplicateFinder.Evidence>> found,
			List<Integer> idx, List<String> emails, List<Integer> phoneIdx, List<String> phones, List<Integer> nameIdx,
			List<String> names, List<UUID> accounts, boolean similarInAccount) {
		jdbc.sql("""
				WITH named AS MATERIALIZED (
				    SELECT i, account, fold(name) AS folded
				    FROM unnest(CAST(:nameIdx AS integer[]), CAST(:names AS text[]), CAST(:accounts AS uuid[])) AS p(i, name, account))
				SELECT h.i, h.kind, h.id, h.s, c.account_id, c.first_name || ' ' || c.last_name AS name, c.email,
				       a.name AS account_name
				FROM (
				    SELECT p.i, 'E' AS kind, x.id, 0::real AS s
				    FROM unnest(CAST(:idx AS integer[]), CAST(:emails AS text[])) AS p(i, email)
				    CROSS JOIN LATERAL (SELECT id FROM contact WHERE lower(email) COLLATE "C" = lower(p.email) LIMIT 20) x
				    UNION ALL
				    SELECT p.i, 'P', x.id, 0::real
				    FROM unnest(CAST(:phoneIdx AS integer[]), CAST(:phones AS text[])) AS p(i, e164)
				    CROSS JOIN LATERAL (SELECT DISTINCT contact_id AS id FROM contact_phone WHERE e164 = p.e164 LIMIT 20) x
				    UNION ALL
				    SELECT p.i, 'A', x.id, x.s
				    FROM named p CROSS JOIN LATERAL (
				        SELECT id, similarity(search_name, p.folded) AS s FROM contact
				        WHERE account_id = p.account AND similarity(search_name, p.folded) >= :sameAccountThreshold) x
				    WHERE p.account IS NOT NULL AND :similarInAccount
				    UNION ALL
				    SELECT p.i, 'N', x.id, 1::real
				    FROM named p CROSS JOIN LATERAL (
				        SELECT id FROM contact WHERE search_name = p.folded AND account_id IS DISTINCT FROM p.account
				        LIMIT :sameName) x
				) h JOIN contact c ON c.id = h.id LEFT JOIN account_directory a ON a.id = c.account_id
				ORDER BY h.i, position(h.kind IN 'EPAN')
				""").param("idx", idx.toArray(Integer[]::new)).param("emails", emails.toArray(String[]::new))
				.param("phoneIdx", phoneIdx.toArray(Integer[]::new)).param("phones", phones.toArray(String[]::new))
				.param("nameIdx", nameIdx.toArray(Integer[]::new)).param("names", names.toArray(String[]::new))
				.param("accounts", accounts.toArray(UUID[]::new)).param("similarInAccount", similarInAccount)
				.param("sameAccountThreshold", DuplicateFinder.SAME_ACCOUNT_NAME)
				.param("sameName", DuplicateFinder.SAME_NAME_ELSEWHERE)
				.query(rs -> {
					int i = rs.getInt("i");
					DuplicateFinder.Probe probe = probes.get(i);
					UUID id = rs.getObject("id", UUID.class);
					UUID accountId = rs.getObject("account_id", UUID.class);
					DuplicateFinder.Evidence e = found.get(i).get(id);
					if (e == null) {
						e = new DuplicateFinder.Evidence(id, accountId, probe.accountId() != null
								&& probe.accountId().equals(accountId), rs.getString("name"), rs.getString("email"),
								rs.getString("account_name"));
						found.get(i).put(id, e);
					}
					switch (rs.getString("kind")) {
						case "E" -> e.sameEmail = true;
						case "P" -> e.samePhone = true;
						default -> e.nameSimilarity = Math.max(e.nameSimilarity, rs.getDouble("s"));
					}
				});
	}
}
