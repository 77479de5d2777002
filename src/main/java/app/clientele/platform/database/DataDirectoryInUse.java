package app.clientele.platform.database;

import java.nio.file.Path;

/** Another running Clientele holds the data directory. */
final class DataDirectoryInUse extends RuntimeException {

	private final Path directory;

	DataDirectoryInUse(Path directory) {
		super("Data directory " + directory + " is in use by another running Clientele");
		this.directory = directory;
	}

	Path directory() {
		return directory;
	}
}
