package app.clientele.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import app.clientele.contacts.ContactMergeUndone;
import app.clientele.contacts.ContactMerged;
import app.clientele.contacts.ContactsExported;
import app.clientele.contacts.FieldChange;
import app.clientele.imports.ImportStarted;
import app.clientele.imports.ImportUndoStarted;
import app.clientele.jobs.JobSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What staff did to many contacts at once: imports and their undo, exports, duplicate scans,
 * merges and their undo. A contact is named by its id only: the trail cannot be changed, so it
 * must hold no personal data an erasure would have to remove (a merge lists the fields in which
 * the two differed, not their values).
 */
@Component
class ContactsAudit {

	/** The jobs module's kind of a duplicate scan (contacts' {@code DuplicateScanJob.KIND}). */
	static final String DUPLICATE_SCAN = "duplicate-scan";

	private final AuditTrail trail;
	private final JsonMapper json;

	ContactsAudit(AuditTrail trail, JsonMapper json) {
		this.trail = trail;
		this.json = json;
	}

	@EventListener
	void on(ImportStarted event) {
		trail.record(event.actor(), AuditAction.IMPORT_STARTED, AuditTarget.of("import", event.importId(), event.fileName()),
				Map.of("rows", event.rows(), "dryRun", event.dryRun(), "onDuplicate", event.onDuplicate().name()));
	}

	@EventListener
	void on(ImportUndoStarted event) {
		trail.record(event.actor(), AuditAction.IMPORT_UNDO_STARTED,
				AuditTarget.of("import", event.importId(), event.fileName()), Map.of("retry", event.retry()));
	}

	@EventListener
	void on(ContactsExported event) {
		trail.record(event.actor(), AuditAction.CONTACTS_EXPORTED, null, Map.of("format", event.format().name(),
				"filters", event.filters(), "rows", event.rowCount()));
	}

	@EventListener
	void on(JobSubmitted event) {
		if (DUPLICATE_SCAN.equals(event.kind())) {
			Map<String, Object> params = json.readValue(event.params(), new TypeReference<Map<String, Object>>() {
			});
			trail.record(event.startedBy(), AuditAction.DUPLICATE_SCAN_STARTED,
					AuditTarget.of("duplicate-scan", event.id().value(), null), params);
		}
	}

	@EventListener
	void on(ContactMerged event) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("mergeId", event.mergeId().toString());
		details.put("merged", event.other().id().toString());
		details.put("differences", event.differences().stream().map(FieldChange::field).toList());
		trail.record(event.actor(), AuditAction.CONTACTS_MERGED, AuditTarget.of("contact", event.survivor().id(), null),
				details);
	}

	@EventListener
	void on(ContactMergeUndone event) {
		trail.record(event.actor(), AuditAction.CONTACT_MERGE_UNDONE, AuditTarget.of("contact", event.survivorId(), null),
				Map.of("mergeId", event.mergeId().toString(), "restored", event.restored().id().toString()));
	}
}
