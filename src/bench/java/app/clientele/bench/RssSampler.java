package app.clientele.bench;

import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Samples the app's resident memory every 250 ms. */
final class RssSampler implements AutoCloseable {

	private final ConcurrentSkipListMap<Long, Long> samples = new ConcurrentSkipListMap<>();
	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
			Thread.ofPlatform().daemon().factory());

	RssSampler(long pid) {
		timer.scheduleAtFixedRate(() -> samples.put(System.nanoTime(), Proc.rssMb(pid)), 0, 250,
				TimeUnit.MILLISECONDS);
	}

	long maxSince(long nanos) {
		return samples.tailMap(nanos).values().stream().mapToLong(Long::longValue).max().orElse(0);
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}
}
