package app.clientele.imports;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.platform.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * What became of one row (or would have, in a dry run).
 *
 * @param duplicates the contacts on record the row looked like, with the duplicate rules' reasons
 * @param before the fields an update changed, with their values before it (null unless UPDATED)
 * @param after the same fields as the update left them
 * @param welcome whether a welcome email goes (or would go, if staff turn them on) to the contact
 */
record RowOutcome(int rowNo, Kind kind, @Nullable UUID contactId, List<FieldProblem> problems,
		List<Duplicate> duplicates, @Nullable Map<String, @Nullable Object> before,
		@Nullable Map<String, @Nullable Object> after, boolean welcome) {

	enum Kind {
		CREATED, UPDATED, SKIPPED, FAILED
	}

	record Duplicate(UUID contactId, List<String> reasons) {
	}

	static RowOutcome failed(ImportRow row, app.clientele.platform.ProblemException e) {
		return RowImporter.failed(row, e);
	}

	static RowOutcome failed(int rowNo, List<FieldProblem> problems, List<Duplicate> duplicates) {
		return new RowOutcome(rowNo, Kind.FAILED, null, problems, duplicates, null, null, false);
	}
}
