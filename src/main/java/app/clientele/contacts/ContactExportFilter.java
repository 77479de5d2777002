package app.clientele.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which contacts an export takes: the filters of the contact list and search. An account's
 * contacts, a search ({@code q}, as {@code GET /api/v1/contacts} matches it), both (the search's
 * matches in that account), or every contact; archived ones only when asked.
 */
public record ContactExportFilter(@Nullable UUID accountId, @Nullable String q, boolean includeArchived) {

	public ContactExportFilter {
		q = q == null || q.isBlank() ? null : q.strip();
	}

	/** The filters as the audit trail shows them: {@code accountId=..., q="smith", includeArchived=false}. */
	public String describe() {
		List<String> parts = new ArrayList<>();
		if (accountId != null) {
			parts.add("accountId=" + accountId);
		}
		if (q != null) {
			parts.add("q=\"" + q.replace("\"", "\\\"") + "\"");
		}
		parts.add("includeArchived=" + includeArchived);
		return String.join(", ", parts);
	}
}
