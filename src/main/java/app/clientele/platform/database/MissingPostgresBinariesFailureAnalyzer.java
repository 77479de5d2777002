package app.clientele.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A jar without this machine's PostgreSQL: says how to get one, or how to do without. */
class MissingPostgresBinariesFailureAnalyzer extends AbstractFailureAnalyzer<MissingPostgresBinaries> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingPostgresBinaries cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Build the jar for every platform (./mvnw package, without -Dpostgres.platform) or for this one "
						+ "(-Dpostgres.platform=<platform>), or set SPRING_DATASOURCE_URL to an external PostgreSQL.",
				cause);
	}
}
