package app.clientele.contacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import app.clientele.jobs.Chunk;
import app.clientele.jobs.JobContext;
import app.clientele.jobs.JobHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The job of a duplicate scan: the contacts in id order, {@value #CHUNK} a chunk from the last id
 * done (the checkpoint), each chunk probed at once by {@link DuplicateBatchFinder} as if each
 * contact were being entered again (itself left out), so a pair scores exactly as the check at
 * creation would score it. Each unordered pair is kept once, written in the chunk's transaction: a
 * restart redoes no chunk, and a pair met again (from its other side) is refreshed, never doubled.
 * An account's scan probes that account's contacts and keeps only pairs of two of them. The last
 * chunk removes the pairs of the scope not found since the scan started.
 */
@Component
class DuplicateScanJob implements JobHandler {

	static final String KIND = "duplicate-scan";
	/** About a second of work at a million contacts. */
	static final int CHUNK = 1000;

	private final JdbcClient jdbc;
	private final DuplicateBatchFinder finder;
	private final DuplicatePairStore pairs;

	DuplicateScanJob(JdbcClient jdbc, DuplicateBatchFinder finder, DuplicatePairStore pairs) {
		this.jdbc = jdbc;
		this.finder = finder;
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

	@Override
	public Chunk next(JobContext job, @Nullable String checkpoint) {
		UUID account = account(job);
		List<DuplicateFinder.Probe> probes = probes(account, checkpoint == null ? null : UUID.fromString(checkpoint));
		pairs.keep(found(probes, evidence(probes), account));
		if (probes.size() < CHUNK) {
			pairs.removeUnseen(job.id().value());
			return Chunk.last(probes.size(), List.of());
		}
		return new Chunk(String.valueOf(probes.getLast().exclude()), probes.size(), List.of(), false);
	}

	/**
	 * The batch finder's evidence for the probes, its halves read at once on two connections: only
	 * reads, of committed contacts, so outside the chunk's transaction (whose writes are the pairs).
	 * Two because one statement keeps one PostgreSQL core busy and a scan should not take more than
	 * two connections from the pool that serves requests.
	 */
	private List<Map<UUID, DuplicateFinder.Evidence>> evidence(List<DuplicateFinder.Probe> probes) {
		int half = (probes.size() + 1) / 2;
		try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<List<Map<UUID, DuplicateFinder.Evidence>>> second = readers
					.submit(() -> finder.evidence(probes.subList(half, probes.size())));
			List<Map<UUID, DuplicateFinder.Evidence>> evidence = new ArrayList<>(finder.evidence(probes.subList(0, half)));
			evidence.addAll(second.get());
			return evidence;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while probing for duplicates", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("Probing for duplicates failed", e.getCause());
		}
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

	/** The next contacts in id order, each as a probe that leaves itself out. */
	private List<DuplicateFinder.Probe> probes(@Nullable UUID account, @Nullable UUID after) {
		return jdbc.sql("""
				SELECT c.id, c.account_id, c.first_name, c.last_name, c.email,
				       ARRAY(SELECT p.e164 FROM contact_phone p WHERE p.contact_id = c.id ORDER BY p.position) AS phones
				FROM contact c
				WHERE (CAST(:account AS uuid) IS NULL OR c.account_id = :account)
				  AND (CAST(:after AS uuid) IS NULL OR c.id > :after)
				ORDER BY c.id
				LIMIT :chunk
				""").param("account", account).param("after", after).param("chunk", CHUNK)
				.query((rs, n) -> new DuplicateFinder.Probe(rs.getObject("account_id", UUID.class),
						rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"),
						List.of((String[]) rs.getArray("phones").getArray()), rs.getObject("id", UUID.class)))
				.list();
	}

	private @Nullable UUID account(JobContext job) {
		return jdbc.sql("SELECT account_id FROM contact_duplicate_scan WHERE id = :id").param("id", job.id().value())
				.query((rs, n) -> rs.getObject("account_id", UUID.class)).optional().orElse(null);
	}
}
