package app.clientele.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;

/**
 * A closed loop at fixed concurrency: each worker sends its next request as soon as the last
 * one is answered. After a warm-up that is not recorded, every request started and answered
 * within the measuring window goes into an HDR histogram (microseconds, 3 significant digits),
 * per worker and merged at the end. CPU time of the app, PostgreSQL and this process over the
 * window shows where the machine's two cores went.
 */
final class LoadRun {

	/** One request; returns a label for the per-kind breakdown, throws when the answer is wrong. */
	interface Operation {
		String call(SplittableRandom random) throws Exception;
	}

	record Result(String name, long count, double seconds, Histogram all, Map<String, Histogram> byKind, long errors,
			double appCores, double postgresCores, double benchCores, long maxRssMb, Map<String, Slowest> slowest) {

		double rps() {
			return count / seconds;
		}

		double ms(Histogram h, double percentile) {
			return h.getValueAtPercentile(percentile) / 1000.0;
		}

		String summary() {
			double perRequest = 1000.0 / Math.max(1, rps());
			StringBuilder s = new StringBuilder(("%-10s %8.0f req/s  p50 %6.2f  p90 %6.2f  p95 %6.2f  p99 %6.2f  max %7.2f ms  n=%d errors=%d"
					+ "\n    cores used: app %.2f postgres %.2f loadgen %.2f; CPU ms per request: app %.3f postgres %.3f loadgen %.3f")
					.formatted(name, rps(), ms(all, 50), ms(all, 90), ms(all, 95), ms(all, 99), all.getMaxValue() / 1000.0,
							count, errors, appCores, postgresCores, benchCores, appCores * perRequest,
							postgresCores * perRequest, benchCores * perRequest));
			if (byKind.size() > 1) {
				byKind.forEach((kind, h) -> s.append("\n    %-18s p50 %6.2f  p95 %6.2f  p99 %6.2f  max %7.2f ms  n=%d"
						.formatted(kind, ms(h, 50), ms(h, 95), ms(h, 99), h.getMaxValue() / 1000.0, h.getTotalCount())));
			}
			slowest.forEach((kind, slow) -> s.append("\n    slowest %-10s %8.2f ms  %s".formatted(kind, slow.micros() / 1000.0,
					slow.request())));
			return s.toString();
		}
	}

	/** The slowest request of a kind, as the scenario described it (a tail has a cause worth finding). */
	record Slowest(long micros, String request) {
	}

	/** What the current worker is asking (method and path); the scenarios say it before each request. */
	private static final ThreadLocal<String> REQUEST = new ThreadLocal<>();

	static void requesting(String request) {
		REQUEST.set(request);
	}

	/** Where CPU and memory are read from during a run. */
	interface Monitor {
		double appCpu();

		double postgresCpu();

		long maxRssSince(long nanos);
	}

	private LoadRun() {
	}

	static Result run(String name, int concurrency, Duration warmup, Duration measure, long seed, ThreadFactory threads,
			Monitor monitor, Operation operation) throws InterruptedException {
		long start = System.nanoTime();
		long from = start + warmup.toNanos();
		long to = from + measure.toNanos();
		List<Map<String, Histogram>> perWorker = new ArrayList<>();
		List<Map<String, Slowest>> slowestPerWorker = new ArrayList<>();
		AtomicLong errors = new AtomicLong();
		AtomicInteger reported = new AtomicInteger();
		List<Thread> workers = new ArrayList<>();
		for (int w = 0; w < concurrency; w++) {
			Map<String, Histogram> histograms = new TreeMap<>();
			perWorker.add(histograms);
			Map<String, Slowest> slowest = new TreeMap<>();
			slowestPerWorker.add(slowest);
			SplittableRandom random = new SplittableRandom(seed * 1_000 + w);
			workers.add(threads.newThread(() -> {
				while (true) {
					long t0 = System.nanoTime();
					if (t0 >= to) {
						return;
					}
					String kind;
					try {
						kind = operation.call(random);
					}
					catch (Exception e) {
						if (t0 >= from) {
							errors.incrementAndGet();
						}
						if (reported.incrementAndGet() <= 5) {
							Report.line("  %s: %s", name, e.getMessage());
						}
						continue;
					}
					long t1 = System.nanoTime();
					if (t0 >= from && t1 <= to) {
						long micros = Math.max(1, (t1 - t0) / 1_000);
						histograms.computeIfAbsent(kind, k -> histogram()).recordValue(micros);
						Slowest before = slowest.get(kind);
						String request = REQUEST.get();
						if (request != null && (before == null || micros > before.micros())) {
							slowest.put(kind, new Slowest(micros, request));
						}
					}
				}
			}));
		}
		workers.forEach(Thread::start);
		sleepUntil(from);
		double app0 = monitor.appCpu();
		double pg0 = monitor.postgresCpu();
		double bench0 = Proc.cpuSeconds(ProcessHandle.current().pid());
		sleepUntil(to);
		double app1 = monitor.appCpu();
		double pg1 = monitor.postgresCpu();
		double bench1 = Proc.cpuSeconds(ProcessHandle.current().pid());
		for (Thread worker : workers) {
			worker.join();
		}
		Histogram all = histogram();
		Map<String, Histogram> byKind = new TreeMap<>();
		for (Map<String, Histogram> histograms : perWorker) {
			histograms.forEach((kind, h) -> {
				all.add(h);
				byKind.computeIfAbsent(kind, k -> histogram()).add(h);
			});
		}
		Map<String, Slowest> slowest = new TreeMap<>();
		for (Map<String, Slowest> worker : slowestPerWorker) {
			worker.forEach((kind, slow) -> slowest.merge(kind, slow, (a, b) -> a.micros() >= b.micros() ? a : b));
		}
		double seconds = measure.toNanos() / 1e9;
		return new Result(name, all.getTotalCount(), seconds, all, byKind, errors.get(), (app1 - app0) / seconds,
				(pg1 - pg0) / seconds, (bench1 - bench0) / seconds, monitor.maxRssSince(from), slowest);
	}

	private static Histogram histogram() {
		return new Histogram(3);
	}

	private static void sleepUntil(long nanos) throws InterruptedException {
		long left;
		while ((left = nanos - System.nanoTime()) > 0) {
			Thread.sleep(Duration.ofNanos(Math.min(left, 100_000_000)));
		}
	}
}
