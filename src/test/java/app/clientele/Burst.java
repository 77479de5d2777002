package app.clientele;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;

/** Many requests at once, each on its own virtual thread, released together. */
public final class Burst {

	private Burst() {
	}

	/** How often each status was answered; -1 for a request that got no answer. */
	public static Map<Integer, Integer> statuses(int count, IntSupplier request) {
		return statuses(count, request, () -> {
		});
	}

	/** As {@link #statuses(int, IntSupplier)}, running {@code meanwhile} once the burst is released. */
	public static Map<Integer, Integer> statuses(int count, IntSupplier request, Runnable meanwhile) {
		Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
		CountDownLatch go = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			List<Future<?>> requests = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				requests.add(threads.submit(() -> {
					go.await();
					int status;
					try {
						status = request.getAsInt();
					}
					catch (RuntimeException e) {
						status = -1;
					}
					statuses.merge(status, 1, Integer::sum);
					return null;
				}));
			}
			go.countDown();
			meanwhile.run();
			for (Future<?> f : requests) {
				f.get(60, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException | ExecutionException | TimeoutException e) {
			throw new AssertionError("the burst did not end: " + statuses, e);
		}
		return statuses;
	}
}
