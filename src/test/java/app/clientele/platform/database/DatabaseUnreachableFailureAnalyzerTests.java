package app.clientele.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** An external PostgreSQL that cannot be reached names SPRING_DATASOURCE_URL and the fix. */
class DatabaseUnreachableFailureAnalyzerTests {

	static final String URL = "jdbc:postgresql://db.example.com:5432/clientele";

	@Test
	void namesTheUrlOfAnUnreachableDatabase() {
		FailureAnalysis analysis = analyzer(URL).analyze(wrapped(new SQLException("Connection refused", "08001")));
		assertThat(analysis.getDescription()).contains("SPRING_DATASOURCE_URL=" + URL, "Connection refused");
		assertThat(analysis.getAction()).contains("correct SPRING_DATASOURCE_URL", "unset it");
	}

	@Test
	void namesTheCredentialsTheDatabaseRefused() {
		FailureAnalysis analysis = analyzer(URL).analyze(wrapped(new SQLException("password authentication failed", "28P01")));
		assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
	}

	@Test
	void leavesOtherFailuresAndTheEmbeddedDatabaseToOthers() {
		assertThat(analyzer(URL).analyze(wrapped(new SQLException("syntax error", "42601")))).isNull();
		assertThat(analyzer(URL).analyze(new IllegalStateException("no SQL at all"))).isNull();
		assertThat(analyzer(null).analyze(wrapped(new SQLException("Connection refused", "08001")))).isNull();
	}

	private static DatabaseUnreachableFailureAnalyzer analyzer(String url) {
		MockEnvironment env = new MockEnvironment();
		if (url != null) {
			env.setProperty("spring.datasource.url", url);
		}
		return new DatabaseUnreachableFailureAnalyzer(env);
	}

	private static Throwable wrapped(SQLException cause) {
		return new IllegalStateException("Failed to initialize dependency 'flyway'", new RuntimeException(cause));
	}
}
