package app.clientele.audit;

import org.jspecify.annotations.Nullable;

/** What an action was done to: a type ("staff", "contact", "import", ...), its id and a name people know it by. */
record AuditTarget(String type, @Nullable String id, @Nullable String label) {

	static AuditTarget of(String type, @Nullable Object id, @Nullable String label) {
		return new AuditTarget(type, id == null ? null : id.toString(), label);
	}
}
