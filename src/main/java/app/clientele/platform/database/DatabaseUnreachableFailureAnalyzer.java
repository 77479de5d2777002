package app.clientele.platform.database;

import java.sql.SQLException;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * An external PostgreSQL ({@code SPRING_DATASOURCE_URL}) that cannot be reached or refuses the
 * credentials: says which setting to check instead of Flyway's stack trace.
 */
class DatabaseUnreachableFailureAnalyzer implements FailureAnalyzer {

	private final @Nullable Environment environment;

	DatabaseUnreachableFailureAnalyzer(@Nullable Environment environment) {
		this.environment = environment;
	}

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		if (environment == null || EmbeddedDatabaseConfiguration.isEmbedded(environment)) {
			return null;
		}
		String url = environment.getProperty("spring.datasource.url");
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && sql.getSQLState() != null) {
				if (sql.getSQLState().startsWith("08")) {
					return new FailureAnalysis("Cannot reach the PostgreSQL at SPRING_DATASOURCE_URL=" + url + ": "
							+ sql.getMessage(), "Start that PostgreSQL or correct SPRING_DATASOURCE_URL "
							+ "(jdbc:postgresql://<host>:<port>/<database>); unset it to use the embedded database.", failure);
				}
				if (sql.getSQLState().equals("28P01") || sql.getSQLState().equals("28000")) {
					return new FailureAnalysis("The PostgreSQL at SPRING_DATASOURCE_URL=" + url + " refused the sign-in: "
							+ sql.getMessage(), "Correct SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD.", failure);
				}
			}
		}
		return null;
	}
}
