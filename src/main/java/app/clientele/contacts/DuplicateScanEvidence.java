package app.clientele.contacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.stereotype.Component;

/**
 * What a duplicate scan finds about a batch of contacts, each probed as if entered again (itself
 * left out), with the evidence and scores of the check at creation. The same email, phone and
 * folded name elsewhere are index lookups per contact ({@link DuplicateBatchFinder}); similar names
 * in one account are found by comparing each pair of the account's contacts once
 * ({@link SimilarNames}). Looking them up per contact read every contact of the account once per
 * contact of it, and computed pg_trgm's similarity for every pair twice: most of a scan's time.
 */
@Component
class DuplicateScanEvidence {

	private final DuplicateBatchFinder finder;
	private final SimilarNames names;

	DuplicateScanEvidence(DuplicateBatchFinder finder, SimilarNames names) {
		this.finder = finder;
		this.names = names;
	}

	/**
	 * The evidence about each probe, in the order of the probes: {@code accounts} are the probes'
	 * accounts, whole. The lookups run in two halves at once on two connections: they only read
	 * committed contacts, so outside the chunk's transaction (whose writes are the pairs), and a scan
	 * should not take more than two connections from the pool that serves requests.
	 */
	List<Map<UUID, DuplicateFinder.Evidence>> of(List<DuplicateFinder.Probe> probes, List<UUID> accounts) {
		int half = (probes.size() + 1) / 2;
		try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
			Future<List<Map<UUID, DuplicateFinder.Evidence>>> second = readers
					.submit(() -> finder.evidence(probes.subList(half, probes.size()), false));
			Future<List<SimilarNames.Similar>> similar = readers.submit(() -> {
				second.get();
				return names.of(accounts);
			});
			List<Map<UUID, DuplicateFinder.Evidence>> evidence = new ArrayList<>(finder.evidence(probes.subList(0, half), false));
			evidence.addAll(second.get());
			add(probes, evidence, similar.get());
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

	/**
	 * Adds each similar pair to the evidence of both sides, as the check at creation would have
	 * found it: only about a probe with a name to compare (3 characters or more).
	 */
	private static void add(List<DuplicateFinder.Probe> probes, List<Map<UUID, DuplicateFinder.Evidence>> evidence,
			List<SimilarNames.Similar> similar) {
		Map<UUID, Integer> index = new HashMap<>();
		for (int i = 0; i < probes.size(); i++) {
			if (DuplicateFinder.fullName(probes.get(i)) != null) {
				index.put(Objects.requireNonNull(probes.get(i).exclude()), i);
			}
		}
		for (SimilarNames.Similar s : similar) {
			add(index, evidence, s.a(), s.b(), s);
			add(index, evidence, s.b(), s.a(), s);
		}
	}

	private static void add(Map<UUID, Integer> index, List<Map<UUID, DuplicateFinder.Evidence>> evidence, UUID probe,
			UUID candidate, SimilarNames.Similar s) {
		Integer i = index.get(probe);
		if (i == null) {
			return;
		}
		DuplicateFinder.Evidence e = evidence.get(i).computeIfAbsent(candidate,
				id -> new DuplicateFinder.Evidence(id, s.accountId(), true, "", null, null));
		e.nameSimilarity = Math.max(e.nameSimilarity, s.similarity());
	}
}
