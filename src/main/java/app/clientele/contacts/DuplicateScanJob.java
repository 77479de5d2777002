package app.clientele.contacts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.jobs.Chunk;
import app.clientele.jobs.JobContext;
import app.clientele.jobs.JobHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The job of a duplicate scan: whole accounts in id order, about {@value #CHUNK} contacts a chunk
 * from the last account done (the checkpoint), then the contacts without an account in id order;
 * each contact probed by {@link DuplicateScanEvidence} as if entered again (itself left out), so a
 * pair scores exactly as the check at creation would score it. Each unordered pair is kept once,
 * written in the chunk's transaction: a restart redoes no chunk, and a pair met again (from its
 * other side) is refreshed, never doubled. An account's scan is that account's contacts and keeps
 * only pairs of two of them. The last chunk removes the pairs of the scope not found since the
 * scan started.
 */
@Component
class DuplicateScanJob implements JobHandler {

	static final String KIND = "duplicate-scan";
	/** About a second of work. */
	static final int CHUNK = 2000;
	/** The checkpoint's prefixes: after this account; among the contacts without one, after this contact. */
	private static final String ACCOUNTS = "account:";
	private static final String UNASSIGNED = "unassigned:";
	/** A contact as a probe that leaves itself out: what the check at creation would be given. */
	private static final String PROBE = """
			SELECT c.id, c.account_id, c.first_name, c.last_name, c.email,
			       ARRAY(SELECT p.e164 FROM contact_phone p WHERE p.contact_id = c.id ORDER BY p.position) AS phones
			FROM contact c
			""";

	private final JdbcClient jdbc;
	private final DuplicateScanEvidence evidence;
	private final DuplicatePairStore pairs;

	DuplicateScanJob(JdbcClient jdbc, DuplicateScanEvidence evidence, DuplicatePairStore pairs) {
		this.jdbc = jdbc;
		this.evidence = evidence;
		this.pairs = pairs;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public long total(JobContext job) {
		return jdbc.sql("SELECT count(*) FROM contact WHERE CAST(:account AS uuid) IS NULL OR account_id = :account")
				.param("account", account(job)).query(Long.class).single();
	}

	/**
	 * The next accounts, or contacts without one. A checkpoint of another form (written before
	 * scans went by account) starts the scan over: its pairs are refreshed, never doubled.
	 */
	@Override
	public Chunk next(JobContext job, @Nullable String checkpoint) {
		UUID account = account(job);
		if (account != null) {
			return scanned(job, account, probes(List.of(account)), List.of(account), null);
		}
		if (checkpoint != null && checkpoint.startsWith(UNASSIGNED)) {
			String after = checkpoint.substring(UNASSIGNED.length());
			List<DuplicateFinder.Probe> probes = unassigned(after.isEmpty() ? null : UUID.fromString(after));
			return scanned(job, null, probes, List.of(),
					probes.size() < CHUNK ? null : UNASSIGNED + probes.getLast().exclude());
		}
		UUID after = checkpoint != null && checkpoint.startsWith(ACCOUNTS)
				? UUID.fromString(checkpoint.substring(ACCOUNTS.length())) : null;
		List<UUID> accounts = nextAccounts(after);
		return scanned(job, null, probes(accounts), accounts,
				accounts.isEmpty() ? UNASSIGNED : ACCOUNTS + accounts.getLast());
	}

	/** Keeps the pairs of the probes; the scan ends where there is no next checkpoint. */
	private Chunk scanned(JobContext job, @Nullable UUID account, List<DuplicateFinder.Probe> probes,
			List<UUID> accounts, @Nullable String next) {
		if (!probes.isEmpty()) {
			pairs.keep(found(probes, evidence.of(probes, accounts), account));
		}
		if (next == null) {
			pairs.removeUnseen(job.id().value());
			return Chunk.last(probes.size(), List.of());
		}
		return new Chunk(next, probes.size(), List.of(), false);
	}

	/** Each pair once, as the check at creation describes the candidate to the probe. */
	static List<DuplicatePairStore.Found> found(List<DuplicateFinder.Probe> probes,
			List<Map<UUID, DuplicateFinder.Evidence>> evidence, @Nullable UUID account) {
		Map<String, DuplicatePairStore.Found> found = new LinkedHashMap<>();
		for (int i = 0; i < probes.size(); i++) {
			UUID self = probes.get(i).exclude();
			Map<UUID, DuplicateFinder.Evidence> about = evidence.get(i);
			for (DuplicateCandidate c : DuplicateFinder.describe(about)) {
				if (self == null || (account != null && !account.equals(c.accountId()))) {
					continue;
				}
				boolean first = inDatabaseOrder(self, c.contactId());
				UUID a = first ? self : c.contactId();
				UUID b = first ? c.contactId() : self;
				found.putIfAbsent(a + "/" + b, new DuplicatePairStore.Found(a, b, c.score(), c.reasons(),
						about.get(c.contactId()).nameSimilarity));
			}
		}
		return List.copyOf(found.values());
	}

	/** Whether {@code a} sorts before {@code b} as PostgreSQL sorts uuids: bytes unsigned (Java's compareTo is signed). */
	static boolean inDatabaseOrder(UUID a, UUID b) {
		int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
		return high != 0 ? high < 0 : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits()) < 0;
	}

	/**
	 * The accounts after {@code after}, in id order, whole, up to about {@value #CHUNK} contacts
	 * (at least one account, however large).
	 */
	private List<UUID> nextAccounts(@Nullable UUID after) {
		return jdbc.sql("""
				SELECT account_id FROM (
				    SELECT account_id, sum(count(*)) OVER (ORDER BY account_id) - count(*) AS before
				    FROM contact
				    WHERE account_id IS NOT NULL AND (CAST(:after AS uuid) IS NULL OR account_id > :after)
				    GROUP BY account_id ORDER BY account_id LIMIT :chunk) accounts
				WHERE before < :chunk
				ORDER BY account_id
				""").param("after", after).param("chunk", CHUNK).query(UUID.class).list();
	}

	/** The accounts' contacts, each as a probe that leaves itself out. */
	private List<DuplicateFinder.Probe> probes(List<UUID> accounts) {
		if (accounts.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(PROBE + "WHERE c.account_id = ANY (CAST(:accounts AS uuid[])) ORDER BY c.account_id, c.id")
				.param("accounts", accounts.toArray(UUID[]::new)).query(DuplicateScanJob::probe).list();
	}

	/** The next contacts without an account in id order, each as a probe that leaves itself out. */
	private List<DuplicateFinder.Probe> unassigned(@Nullable UUID after) {
		return jdbc.sql(PROBE + """
				WHERE c.account_id IS NULL AND (CAST(:after AS uuid) IS NULL OR c.id > :after)
				ORDER BY c.id LIMIT :chunk
				""").param("after", after).param("chunk", CHUNK).query(DuplicateScanJob::probe).list();
	}

	private static DuplicateFinder.Probe probe(ResultSet rs, int n) throws SQLException {
		return new DuplicateFinder.Probe(rs.getObject("account_id", UUID.class), rs.getString("first_name"),
				rs.getString("last_name"), rs.getString("email"), List.of((String[]) rs.getArray("phones").getArray()),
				rs.getObject("id", UUID.class));
	}

	private @Nullable UUID account(JobContext job) {
		return jdbc.sql("SELECT account_id FROM contact_duplicate_scan WHERE id = :id").param("id", job.id().value())
				.query((rs, n) -> rs.getObject("account_id", UUID.class)).optional().orElse(null);
	}
}
