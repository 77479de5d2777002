package app.clientele.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 9: one command that loads a million contacts into a fresh embedded PostgreSQL, starts
 * the packaged app against it, drives load from this process over the loopback, measures the
 * JDBC ceiling of a read by id, writes the query plans, prints every figure and stops
 * everything. The last line is machine-readable. Settings are system properties, see the README.
 */
public final class Benchmark {

	public static void main(String[] args) throws Exception {
		((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
		int contacts = Integer.getInteger("bench.contacts", 1_000_000);
		int concurrency = Integer.getInteger("bench.concurrency", 32);
		int dashboardConcurrency = Integer.getInteger("bench.dashboardConcurrency", 1);
		Duration measure = Duration.ofSeconds(Long.getLong("bench.seconds", 20));
		Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup", 10));
		long seed = Long.getLong("bench.seed", 20261123L);
		Path out = Path.of(property("bench.out", "target/bench")).toAbsolutePath();
		String keptData = property("bench.dataDir", "");
		Path jar = Path.of(property("bench.jar", "target/clientele-0.1.0-SNAPSHOT.jar")).toAbsolutePath();
		List<String> appJvmArgs = new ArrayList<>(Arrays.stream(property("bench.appJvmArgs", "").split("\\s+"))
				.filter(s -> !s.isBlank()).toList());
		Set<String> only = Arrays.stream(property("bench.only", "").split(",")).map(String::strip)
				.filter(s -> !s.isEmpty()).collect(Collectors.toSet());
		Report.to(out.resolve("report.txt"));
		if (Boolean.getBoolean("bench.jfr")) {
			appJvmArgs.add("-XX:StartFlightRecording=filename=" + out.resolve("app.jfr") + ",settings=profile,dumponexit=true");
		}
		long begin = System.nanoTime();
		Report.line("benchmark: %,d contacts, concurrency %d, %d s measured after %d s warm-up per phase; %d cores, load average %s",
				contacts, concurrency, measure.toSeconds(), warmup.toSeconds(), Runtime.getRuntime().availableProcessors(),
				Files.readString(Path.of("/proc/loadavg")).strip());
		Report.line("  every process on this machine shares its cores: other work running meanwhile lowers the figures");

		Dataset data = new Dataset(contacts, seed);
		Map<String, LoadRun.Result> results = new LinkedHashMap<>();
		long maxRss;
		ExportRun.Result export = null;
		ImportRun.Result imported = null;
		DupScanRun.Result dupScan = null;
		long importRss = 0;
		double loadSeconds;
		Path dataDir = keptData.isBlank() ? out.resolve("data") : Path.of(keptData).toAbsolutePath();
		if (keptData.isBlank() && Files.exists(dataDir)) {
			try (var paths = Files.walk(dataDir)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
		try (BenchDatabase db = BenchDatabase.start(dataDir, !keptData.isBlank(), out.resolve("postgres.log"))) {
			long t = System.nanoTime();
			db.migrate();
			long loaded = db.loadedContacts();
			if (loaded == 0) {
				List<String[]> indexes = db.dropSecondaryIndexes();
				data.load((table, columns) -> new CopyStream(db.connect(), table, columns));
				Report.line("load: COPY of %,d accounts, %,d sites, %,d contacts, %,d phones, %,d site links: %.1f s",
						data.accounts, data.sites, data.contacts, data.phones, data.siteLinks, seconds(t));
				long d = System.nanoTime();
				long words = db.deriveTables();
				Report.line("load: %,d words of contact and account names derived in %.1f s", words, seconds(d));
				long i = System.nanoTime();
				db.buildIndexes(indexes);
				Report.line("load: %d secondary indexes built in %.1f s", indexes.size(), seconds(i));
				db.finishLoad(contacts, seed);
			}
			else if (loaded == contacts) {
				data.load((table, columns) -> CopyStream.discard());
				Report.line("load: reusing the %,d contacts kept in %s", loaded, dataDir);
			}
			else {
				throw new IllegalStateException(dataDir + " holds " + loaded + " contacts, not " + contacts);
			}
			loadSeconds = seconds(t);
			Report.line("load: done in %.1f s (schema, COPY, indexes, VACUUM ANALYZE, rule checks); %s", loadSeconds,
					db.sizes());

			try (AppProcess app = AppProcess.start(jar, db.jdbcUrl(), appJvmArgs, out.resolve("app.log"), out);
					JdbcCeiling jdbc = new JdbcCeiling(db, data); RssSampler rss = new RssSampler(app.pid());
					Scenarios api = new Scenarios(app, app.token(), app.consoleCookie(), data)) {
				Report.line("app: healthy %.1f s after start, pid %d, RSS %d MB", app.startupSeconds(), app.pid(),
						Proc.rssMb(app.pid()));
				api.verify();
				api.defineCustomFields();
				Report.line("custom fields: defined; the renewal date's index built in %.1f s", db.awaitIndexOf("renewal"));
				LoadRun.Monitor monitor = new LoadRun.Monitor() {
					@Override
					public double appCpu() {
						return Proc.cpuSeconds(app.pid());
					}

					@Override
					public double postgresCpu() {
						return Proc.cpuSeconds(db.pids());
					}

					@Override
					public long maxRssSince(long nanos) {
						return rss.maxSince(nanos);
					}
				};
				var http = Thread.ofPlatform().name("http-", 0).daemon().factory();
				var jdbcThreads = Thread.ofPlatform().name("jdbc-", 0).daemon().factory();
				run(results, "warm-up", Duration.ZERO, warmup.multipliedBy(3), concurrency, seed, http, monitor, api.mixed());
				db.resetStatements();
				Map<String, LoadRun.Operation> phases = new LinkedHashMap<>();
				phases.put("jdbc", jdbc.read());
				phases.put("get", api.get());
				phases.put("search", api.search());
				phases.put("duplicates", api.duplicates());
				phases.put("list", api.list());
				phases.put("filter", api.filter());
				phases.put("customFilter", api.customFilter());
				phases.put("create", api.create());
				phases.put("dashboard", api.dashboard());
				for (var phase : phases.entrySet()) {
					if (only.isEmpty() || only.contains(phase.getKey())) {
						// A person opens the dashboard now and then: its phase measures the page's own time, not a queue.
						run(results, phase.getKey(), warmup, measure,
								phase.getKey().equals("dashboard") ? dashboardConcurrency : concurrency, seed,
								phase.getKey().equals("jdbc") ? jdbcThreads : http, monitor, phase.getValue());
					}
				}
				if (only.isEmpty() || only.contains("export")) {
					long since = System.nanoTime();
					export = ExportRun.run(app, app.token());
					Report.line("export: %,d contacts as CSV (%,d MB) in %.1f s, %,.0f rows/s; RSS max %d MB", export.rows(),
							export.bytes() >> 20, export.seconds(), export.rows() / export.seconds(), rss.maxSince(since));
				}
				if (only.isEmpty() || only.contains("dupscan")) {
					// Before the import, which adds contacts: the scan goes over the data set as loaded.
					long since = System.nanoTime();
					dupScan = DupScanRun.run(app, app.token());
					Report.line("dupscan: %,d contacts scanned for duplicates in %.1f s (%,.0f contacts/s); RSS max %d MB; "
							+ "first page %d pairs", contacts, dupScan.seconds(), contacts / dupScan.seconds(),
							rss.maxSince(since), dupScan.firstPage());
				}
				if (only.isEmpty() || only.contains("import")) {
					long since = System.nanoTime();
					int rows = Integer.getInteger("bench.importRows", Math.min(contacts, 1_000_000));
					imported = ImportRun.run(app, app.token(), data, rows, out);
					importRss = rss.maxSince(since);
					Report.line("import: %,d rows, dry run %.1f s, import %.1f s (%,.0f rows/s); RSS max %d MB; %s",
							rows, imported.dryRunSeconds(), imported.importSeconds(), rows / imported.importSeconds(),
							importRss, imported.imported());
				}
				maxRss = rss.maxSince(Long.MIN_VALUE);
				db.writeStatements(out.resolve("pg_stat_statements.txt"));
				if (only.isEmpty() || only.contains("explain")) {
					Plans.write(db, data, out.resolve("explain"), seed);
				}
			}
		}
		Map<String, String> figures = new LinkedHashMap<>();
		figures.put("contacts", String.valueOf(contacts));
		LoadRun.Result get = results.get("get");
		LoadRun.Result ceiling = results.get("jdbc");
		figures.put("get_rps", get == null ? "na" : "%.0f".formatted(get.rps()));
		figures.put("jdbc_rps", ceiling == null ? "na" : "%.0f".formatted(ceiling.rps()));
		figures.put("get_ratio", get == null || ceiling == null ? "na" : "%.2f".formatted(get.rps() / ceiling.rps()));
		figures.put("get_p99_ms", percentile(get, 99));
		figures.put("search_p95_ms", percentile(results.get("search"), 95));
		figures.put("dup_check_p95_ms", percentile(results.get("duplicates"), 95));
		figures.put("create_p95_ms", percentile(results.get("create"), 95));
		figures.put("list_p95_ms", percentile(results.get("list"), 95));
		figures.put("dashboard_p95_ms", percentile(results.get("dashboard"), 95));
		figures.put("filter_p95_ms", percentile(results.get("filter"), 95));
		figures.put("custom_filter_p95_ms", percentile(results.get("customFilter"), 95));
		figures.put("export_1m_s", export == null ? "na" : "%.1f".formatted(export.seconds()));
		figures.put("import_rows", imported == null ? "na" : String.valueOf(imported.rows()));
		figures.put("import_1m_s", imported == null ? "na" : "%.1f".formatted(imported.importSeconds() * 1e6 / imported.rows()));
		figures.put("dry_run_1m_s", imported == null ? "na" : "%.1f".formatted(imported.dryRunSeconds() * 1e6 / imported.rows()));
		figures.put("dup_scan_1m_s", dupScan == null ? "na" : "%.1f".formatted(dupScan.seconds() * 1e6 / contacts));
		figures.put("import_rss_mb", imported == null ? "na" : String.valueOf(importRss));
		figures.put("rss_mb", String.valueOf(maxRss));
		figures.put("errors", String.valueOf(results.values().stream().mapToLong(LoadRun.Result::errors).sum()));
		figures.put("load_s", "%.0f".formatted(loadSeconds));
		figures.put("total_s", "%.0f".formatted(seconds(begin)));
		Report.line("");
		targets(figures, contacts, concurrency);
		Report.line("bench: " + figures.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
				.collect(Collectors.joining(" ")));
	}

	private static void run(Map<String, LoadRun.Result> results, String name, Duration warmup, Duration measure,
			int concurrency, long seed, java.util.concurrent.ThreadFactory threads, LoadRun.Monitor monitor,
			LoadRun.Operation operation) throws InterruptedException {
		LoadRun.Result result = LoadRun.run(name, concurrency, warmup, measure, seed + name.hashCode(), threads, monitor,
				operation);
		Report.line("%s   RSS max %d MB", result.summary(), result.maxRssMb());
		if (!name.equals("warm-up")) {
			results.put(name, result);
		}
	}

	private static void targets(Map<String, String> f, int contacts, int concurrency) {
		Report.line("targets (they apply at 1,000,000 contacts and concurrency 32; this run: %,d and %d):", contacts,
				concurrency);
		target(f, "get_ratio", ">=", 0.4);
		target(f, "get_p99_ms", "<", 25);
		target(f, "search_p95_ms", "<", 25);
		target(f, "dup_check_p95_ms", "<", 15);
		target(f, "create_p95_ms", "<", 40);
		target(f, "list_p95_ms", "<", 20);
		target(f, "filter_p95_ms", "<", 50);
		target(f, "custom_filter_p95_ms", "<", 50);
		target(f, "export_1m_s", "<", 20);
		target(f, "dup_scan_1m_s", "<", 120);
		target(f, "rss_mb", "<", 600);
	}

	private static void target(Map<String, String> f, String key, String op, double limit) {
		String value = f.get(key);
		if (value == null || value.equals("na")) {
			Report.line("  %-18s %-8s not measured", key, "");
			return;
		}
		double v = Double.parseDouble(value);
		boolean ok = op.equals(">=") ? v >= limit : v < limit;
		Report.line("  %-18s %8s %s %-6s %s", key, value, op, limit, ok ? "met" : "MISSED");
	}

	private static String percentile(LoadRun.Result result, double percentile) {
		return result == null ? "na" : "%.2f".formatted(result.ms(result.all(), percentile));
	}

	private static String property(String name, String fallback) {
		String value = System.getProperty(name);
		return value == null ? fallback : value;
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}
}
