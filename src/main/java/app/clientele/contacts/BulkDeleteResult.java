package app.clientele.contacts;

import java.util.UUID;

import app.clientele.platform.ProblemException;
import org.jspecify.annotations.Nullable;

/** What happened to one id of a bulk delete: DELETED, or the problem that kept it. */
public record BulkDeleteResult(UUID id, String status, int httpStatus, @Nullable String problem,
		@Nullable String detail) {

	static BulkDeleteResult deleted(UUID id) {
		return new BulkDeleteResult(id, "DELETED", 204, null, null);
	}

	static BulkDeleteResult refused(UUID id, ProblemException e) {
		return new BulkDeleteResult(id, e.slug().toUpperCase(java.util.Locale.ROOT).replace('-', '_'),
				e.status().value(), e.slug(), e.detail());
	}
}
