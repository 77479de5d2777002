package app.clientele.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator what to do when the data directory is taken. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryInUse> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryInUse cause) {
		return new FailureAnalysis(
				"The data directory " + cause.directory() + " is in use by another running Clientele.",
				"Stop the other instance first, or give this one its own data with CLIENTELE_DATA_DIR=<another directory>, "
						+ "or point it at a shared PostgreSQL with SPRING_DATASOURCE_URL.",
				cause);
	}
}
