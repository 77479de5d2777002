package app.clientele.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

/**
 * A fresh embedded PostgreSQL 18 for one benchmark run, with a non-C collation (ICU en-US) as
 * production databases have, memory settings of a small dedicated server, and durable commits
 * like Clientele's own embedded database. Loads the data set with COPY: secondary indexes are
 * dropped first and built again afterwards, as any bulk load would do.
 */
final class BenchDatabase implements AutoCloseable {

	static final String DATABASE = "clientele";
	static final String[] TABLES = { "account", "site", "contact", "contact_phone", "contact_site", "contact_name_word", "account_name_word" };

	private static final long MB = 1024 * 1024;

	private final EmbeddedPostgres postgres;
	private final Path directory;
	private final boolean keep;

	private BenchDatabase(EmbeddedPostgres postgres, Path directory, boolean keep) {
		this.postgres = postgres;
		this.directory = directory;
		this.keep = keep;
	}

	static BenchDatabase start(Path directory, boolean keep, Path log) throws IOException {
		Files.createDirectories(directory);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory.resolve("pg"))
				.setCleanDataDirectory(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setLocaleConfig("locale-provider", "icu")
				.setLocaleConfig("icu-locale", "en-US")
				.setLocaleConfig("locale", "C.UTF-8")
				.setServerConfig("listen_addresses", "localhost")
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "1GB")
				.setServerConfig("effective_cache_size", "4GB")
				.setServerConfig("work_mem", "16MB")
				.setServerConfig("maintenance_work_mem", "512MB")
				.setServerConfig("max_wal_size", "8GB")
				.setServerConfig("checkpoint_timeout", "30min")
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("shared_preload_libraries", "pg_stat_statements")
				.setServerConfig("pg_stat_statements.track", "top")
				.setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
		BenchDatabase db = new BenchDatabase(postgres, directory, keep);
		try (Connection c = db.connect("postgres"); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
			if (!rs.next()) {
				s.execute("CREATE DATABASE " + DATABASE);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return db;
	}

	int port() {
		return postgres.getPort();
	}

	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
	}

	Connection connect() {
		return connect(DATABASE);
	}

	private Connection connect(String database) {
		try {
			return DriverManager.getConnection("jdbc:postgresql://localhost:" + port() + "/" + database, "postgres", "");
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	void migrate() {
		Flyway.configure().dataSource(jdbcUrl(), "postgres", "").locations("classpath:db/migration").load().migrate();
	}

	/** The number of contacts already loaded by an earlier run that kept its data, 0 for none. */
	long loadedContacts() throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute("CREATE TABLE IF NOT EXISTS bench_run (contacts bigint NOT NULL, seed bigint NOT NULL)");
			try (ResultSet rs = s.executeQuery("SELECT contacts FROM bench_run")) {
				return rs.next() ? rs.getLong(1) : 0;
			}
		}
	}

	/** Drops the secondary indexes of the loaded tables and returns how to build them again. */
	List<String[]> dropSecondaryIndexes() throws SQLException {
		List<String[]> indexes = new ArrayList<>();
		try (Connection c = connect(); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("""
					SELECT i.relname, pg_get_indexdef(i.oid) FROM pg_index x
					JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
					WHERE t.relname = ANY(ARRAY['%s'])
					  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
					ORDER BY pg_get_indexdef(i.oid) LIKE '%%gist%%' DESC, pg_get_indexdef(i.oid) LIKE '%%gin%%' DESC
					""".formatted(String.join("','", TABLES)))) {
				while (rs.next()) {
					indexes.add(new String[] { rs.getString(1), rs.getString(2) });
				}
			}
			for (String[] index : indexes) {
				s.execute("DROP INDEX " + index[0]);
			}
		}
		return indexes;
	}

	/**
	 * Fills the tables the app keeps by trigger from the loaded contacts (the load runs with
	 * triggers off): the words of the names of contacts and accounts, for search, and the counts
	 * of contacts per marketing reason, for the dashboard.
	 */
	long deriveTables() throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute("SELECT contact_reach_rebuild()");
			try (ResultSet rs = s.executeQuery("SELECT name_words_rebuild()")) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	/** Builds the indexes on two connections at once (the machine has two cores); prints each time. */
	void buildIndexes(List<String[]> indexes) throws Exception {
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			List<Future<?>> builds = new ArrayList<>();
			for (String[] index : indexes) {
				builds.add(pool.submit(() -> {
					long start = System.nanoTime();
					try (Connection c = connect(); Statement s = c.createStatement()) {
						s.execute("SET maintenance_work_mem = '512MB'");
						s.execute("SET max_parallel_maintenance_workers = 0");
						s.execute(index[1]);
					}
					Report.line("  index %-28s %6.1f s", index[0], (System.nanoTime() - start) / 1e9);
					return null;
				}));
			}
			for (Future<?> build : builds) {
				build.get();
			}
		}
	}

	/** Vacuums and analyses the loaded tables, then checks the rules the bulk load bypassed. */
	void finishLoad(int contacts, long seed) throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			for (String table : TABLES) {
				s.execute("VACUUM (ANALYZE) " + table);
			}
			try (ResultSet rs = s.executeQuery("""
					SELECT count(*) FROM (
					    SELECT account_id FROM contact WHERE archived_at IS NULL AND account_id IS NOT NULL
					    GROUP BY account_id HAVING count(*) FILTER (WHERE is_primary) <> 1) broken
					""")) {
				rs.next();
				if (rs.getLong(1) != 0) {
					throw new IllegalStateException(rs.getLong(1) + " accounts break the one-primary rule");
				}
			}
			try (ResultSet rs = s.executeQuery("""
					SELECT (SELECT count(*) FROM contact c LEFT JOIN account a ON a.id = c.account_id WHERE a.id IS NULL)
					     + (SELECT count(*) FROM contact_phone p LEFT JOIN contact c ON c.id = p.contact_id WHERE c.id IS NULL)
					""")) {
				rs.next();
				if (rs.getLong(1) != 0) {
					throw new IllegalStateException(rs.getLong(1) + " rows reference missing rows");
				}
			}
			s.execute("INSERT INTO bench_run (contacts, seed) VALUES (" + contacts + ", " + seed + ")");
			s.execute("CHECKPOINT");
		}
	}

	/** How big the database and its contact tables are, and what it runs. */
	String sizes() throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				SELECT pg_database_size(current_database()), pg_table_size('contact'), pg_indexes_size('contact'),
				       pg_total_relation_size('contact_phone'), current_setting('server_version'),
				       (SELECT datcollate || '/' || coalesce(datlocprovider::text, '') || '/' || coalesce(datlocale, '')
				        FROM pg_database WHERE datname = current_database())
				""")) {
			rs.next();
			return "database %d MB (contact table %d MB, its indexes %d MB, phones %d MB), PostgreSQL %s, collation %s"
					.formatted(rs.getLong(1) / MB, rs.getLong(2) / MB, rs.getLong(3) / MB, rs.getLong(4) / MB,
							rs.getString(5), rs.getString(6));
		}
	}

	/**
	 * Waits until the app's expression index of a custom field (built {@code CONCURRENTLY} after the
	 * field is defined) is valid; answers the seconds waited.
	 */
	double awaitIndexOf(String key) throws SQLException, InterruptedException {
		long start = System.nanoTime();
		try (Connection c = connect(); java.sql.PreparedStatement s = c.prepareStatement("""
				SELECT count(*) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
				WHERE i.relname LIKE ? AND x.indisvalid AND x.indisready""")) {
			s.setString(1, "contact_cf_" + key + "\\_%");
			while (true) {
				try (ResultSet rs = s.executeQuery()) {
					rs.next();
					if (rs.getLong(1) > 0) {
						return (System.nanoTime() - start) / 1e9;
					}
				}
				if (System.nanoTime() - start > 600_000_000_000L) {
					throw new IllegalStateException("the index of custom field " + key + " was not built in 10 minutes");
				}
				Thread.sleep(200);
			}
		}
	}

	void resetStatements() throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
			s.execute("SELECT pg_stat_statements_reset()");
		}
	}

	/** What PostgreSQL spent its time on during the measured phases, by statement. */
	void writeStatements(Path file) throws SQLException, IOException {
		List<String> lines = new ArrayList<>();
		lines.add("calls      total_ms   mean_ms    rows/call  shared_blks_hit+read/call  query");
		try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
				SELECT calls, total_exec_time, mean_exec_time, rows::float8 / calls,
				       (shared_blks_hit + shared_blks_read)::float8 / calls, regexp_replace(query, '\\s+', ' ', 'g')
				FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
				ORDER BY total_exec_time DESC LIMIT 40
				""")) {
			while (rs.next()) {
				lines.add("%-10d %-10.0f %-10.3f %-10.1f %-26.1f %s".formatted(rs.getLong(1), rs.getDouble(2),
						rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getString(6)));
			}
		}
		Files.write(file, lines);
		Report.line("postgres: statements by total time in %s", file);
	}

	/** The process ids of the PostgreSQL server and its backends, for CPU accounting. */
	List<Long> pids() {
		try {
			long postmaster = Long.parseLong(Files.readAllLines(directory.resolve("pg/postmaster.pid")).getFirst().trim());
			List<Long> pids = new ArrayList<>();
			pids.add(postmaster);
			ProcessHandle.of(postmaster).ifPresent(p -> p.children().forEach(child -> pids.add(child.pid())));
			return pids;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() throws IOException {
		postgres.close();
		if (!keep) {
			try (var paths = Files.walk(directory)) {
				paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
