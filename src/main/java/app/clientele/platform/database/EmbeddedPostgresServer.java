package app.clientele.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL run by Clientele itself, keeping its data under the data directory so that a
 * restart keeps every record. Durability is on (unlike a throwaway test database): fsync and
 * synchronous commit.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

	static final String DATABASE = "clientele";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final DataDirectory directory;
	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(DataDirectory directory, EmbeddedPostgres postgres) {
		this.directory = directory;
		this.postgres = postgres;
	}

	static EmbeddedPostgresServer start(Path dataDir) {
		return start(DataDirectory.take(dataDir));
	}

	static EmbeddedPostgresServer start(DataDirectory directory) {
		Path dataDir = directory.path();
		try {
			Path pgData = directory.path().resolve("postgres");
			stopOrphanedServer(pgData);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
					.setPgBinaryResolver(PostgresBinaries.THIS_MACHINE)
					.setDataDirectory(pgData)
					.setCleanDataDirectory(false)
					.setPGStartupWait(Duration.ofSeconds(60))
					.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on")
					.setServerConfig("max_connections", "100")
					.setServerConfig("listen_addresses", "localhost")
					.start();
			createDatabaseIfMissing(postgres);
			log.info("Embedded PostgreSQL serves {} on port {} (data in {})", DATABASE, postgres.getPort(), pgData);
			return new EmbeddedPostgresServer(directory, postgres);
		}
		catch (MissingPostgresBinaries e) {
			directory.close();
			throw e;
		}
		catch (IOException | SQLException | RuntimeException e) {
			directory.close();
			throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir + ": " + e.getMessage(), e);
		}
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", DATABASE);
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException e) {
			log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
		}
		finally {
			directory.close();
		}
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
		try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
				if (rs.next()) {
					return;
				}
			}
			s.execute("CREATE DATABASE " + DATABASE);
		}
	}

	/**
	 * A Clientele killed without a chance to shut down leaves its PostgreSQL running. We hold the
	 * data directory's lock, so that server is nobody's: stop it before starting ours.
	 */
	private static void stopOrphanedServer(Path pgData) throws IOException {
		Path pidFile = pgData.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty()
				: parsePid(lines.getFirst()).flatMap(ProcessHandle::of);
		if (process.isEmpty() || !process.get().isAlive()
				|| !process.get().info().command().map(c -> c.endsWith("postgres")).orElse(false)) {
			return;
		}
		log.warn("Stopping the PostgreSQL left running by an earlier Clientele (pid {})", process.get().pid());
		process.get().destroy();
		try {
			process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new IOException("The earlier PostgreSQL (pid " + process.get().pid() + ") did not stop; stop it by hand", e);
		}
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}
}
