package app.clientele.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Everything the benchmark says goes to standard output, and to a report file as well. */
final class Report {

	private static Path file;

	private Report() {
	}

	static void to(Path report) throws IOException {
		Files.createDirectories(report.getParent());
		Files.writeString(report, "");
		file = report;
	}

	static synchronized void line(String format, Object... args) {
		String text = args.length == 0 ? format : format.formatted(args);
		System.out.println(text);
		System.out.flush();
		if (file != null) {
			try {
				Files.writeString(file, text + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
