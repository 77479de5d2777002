package app.clientele;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Tests run against a real PostgreSQL: one embedded server per test JVM, and a fresh database
 * for every application context a test starts, so contexts never see each other's rows.
 * A test that wants Clientele to run its own embedded database (restart, data directory) sets
 * {@code clientele.test.own-database=true}.
 */
public class TestDatabase implements EnvironmentPostProcessor, Ordered {

	private static final AtomicInteger DATABASES = new AtomicInteger();
	private static volatile EmbeddedPostgres server;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if ("true".equals(environment.getProperty("clientele.test.own-database"))
				|| environment.getProperty("spring.datasource.url") != null) {
			return;
		}
		String database = "test_" + DATABASES.incrementAndGet();
		try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE " + database);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not create test database " + database, e);
		}
		environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.of(
				"spring.datasource.url", server().getJdbcUrl("postgres", database),
				"spring.datasource.username", "postgres")));
	}

	/**
	 * A fresh database with Clientele's schema, for tests that exercise one repository against
	 * PostgreSQL without starting the application.
	 */
	public static DataSource migratedDatabase() {
		String database = "test_" + DATABASES.incrementAndGet();
		try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
			s.execute("CREATE DATABASE " + database);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not create test database " + database, e);
		}
		DataSource dataSource = server().getDatabase("postgres", database);
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		return dataSource;
	}

	/** The JVM's PostgreSQL server, started on first use. */
	public static EmbeddedPostgres server() {
		if (server == null) {
			synchronized (TestDatabase.class) {
				if (server == null) {
					try {
						server = EmbeddedPostgres.builder()
								.setServerConfig("max_connections", "400")
								.setServerConfig("shared_buffers", "128MB")
								.start();
					}
					catch (IOException e) {
						throw new UncheckedIOException(e);
					}
				}
			}
		}
		return server;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
