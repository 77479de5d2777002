package app.clientele.audit.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import app.clientele.audit.AuditEntry;
import app.clientele.audit.AuditFilter;
import app.clientele.audit.AuditSearch;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trail as CSV, like the contacts' export: UTF-8 with a byte order mark, RFC 4180, and a cell
 * that a spreadsheet would run as a formula (a typed email of a refused sign-in can be anything)
 * starts with {@code '}. The filter was checked before the first byte, so a bad one is still a 400.
 */
final class AuditCsv {

	private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader("seq", "at", "actor", "actorKind",
			"actorId", "action", "targetType", "targetId", "targetLabel", "ip", "details").get();
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AuditCsv() {
	}

	static void write(AuditSearch search, AuditFilter filter, HttpServletResponse response) throws IOException {
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
		response.setHeader("Cache-Control", "no-store");
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		out.write('\uFEFF');
		try (CSVPrinter csv = new CSVPrinter(out, CSV)) {
			search.each(filter, e -> row(csv, e));
		}
	}

	private static void row(CSVPrinter csv, AuditEntry e) {
		try {
			csv.printRecord(e.seq(), e.at(), cell(e.actorLabel()), e.actorKind(), e.actorId(), e.action(),
					cell(e.targetType()), cell(e.targetId()), cell(e.targetLabel()), cell(e.ip()),
					cell(JSON.writeValueAsString(e.details())));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static @Nullable String cell(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		return "=+-@'\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}
}
