package app.clientele.imports.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.UUID;

import app.clientele.contacts.ContactColumns;
import app.clientele.imports.ContactImports;
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
