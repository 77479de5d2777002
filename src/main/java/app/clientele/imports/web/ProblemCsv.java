package app.clientele.imports.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import app.clientele.contacts.ContactColumns;
import app.clientele.imports.ContactImports;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The problem rows of an import as a CSV file to fix and import again: the upload's header and
 * rows as uploaded, a last column {@code error}; UTF-8 with a byte-order mark (so that Excel reads
 * accents right) and every cell a spreadsheet would run neutralised as the export does.
 */
final class ProblemCsv {

	private ProblemCsv() {
	}

	/** Answers the file as a download (404 for an import that does not exist, before the first byte). */
	static void send(ContactImports imports, UUID id, HttpServletResponse response) throws IOException {
		imports.get(id);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"import-problems.csv\"");
		try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
			write(imports, id, out);
		}
	}

	static void write(ContactImports imports, UUID id, Writer out) throws IOException {
		out.write('\uFEFF');
		CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
		try {
			imports.problemRows(id, cells -> {
				try {
					printer.printRecord(cells.stream().map(c -> ContactColumns.neutralise(ContactColumns.restore(c))).toList());
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
		printer.flush();
	}
}
