package app.clientele.platform.database;

/** The jar carries no PostgreSQL for this machine: a slim build for another platform, or an unsupported one. */
final class MissingPostgresBinaries extends IllegalStateException {

	MissingPostgresBinaries(String message) {
		super(message);
	}
}
