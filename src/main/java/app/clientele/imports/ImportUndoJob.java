package app.clientele.imports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import app.clientele.activity.ActivityLog;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactLifecycle;
import app.clientele.contacts.ContactManagement;
import app.clientele.jobs.Chunk;
import app.clientele.jobs.JobContext;
import app.clientele.jobs.JobFailure;
import app.clientele.jobs.JobHandler;
import app.clientele.platform.IfMatch;
import app.clientele.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The job that undoes an import, row by row from the last one done: a contact the import created
 * is deleted if nobody touched it since (still the version the import wrote) and it has no history
 * (nothing on its timeline but its creation, and nothing the contacts module's delete counts as
 * history; the delete locks the row and checks the version again); a field the import updated is put back where it
 * still holds what the import wrote. Each row says what could not be undone, and why.
 */
@Component
class ImportUndoJob implements JobHandler {

	static final String KIND = "contact-import-undo";
	static final int CHUNK = 200;
	static final String UNDONE = "UNDONE";
	/** What a create writes on a timeline itself: anything else is history the undo keeps. */
	static final java.util.Set<String> CREATION = java.util.Set.of("CREATED", "BECAME_PRIMARY");

	private final ImportStore imports;
	private final Outcomes outcomes;
	private final ContactManagement contacts;
	private final ContactLifecycle lifecycle;
	private final JsonMapper json;
	private final TransactionTemplate savepoint;
	private final ActivityLog activity;

	ImportUndoJob(ImportStore imports, Outcomes outcomes, ContactManagement contacts, ContactLifecycle lifecycle,
			JsonMapper json, PlatformTransactionManager transactions, ActivityLog activity) {
		this.activity = activity;
		this.imports = imports;
		this.outcomes = outcomes;
		this.contacts = contacts;
		this.lifecycle = lifecycle;
		this.json = json;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public long total(JobContext job) {
		return outcomes.landedCount(importId(job));
	}

	@Override
	public Chunk next(JobContext job, @Nullable String checkpoint) {
		UUID importId = importId(job);
		int after = checkpoint == null ? 0 : Integer.parseInt(checkpoint);
		List<Outcomes.Landed> batch = outcomes.landed(importId, after, CHUNK);
		List<JobFailure> failed = new ArrayList<>();
		for (Outcomes.Landed row : batch) {
			String result = undo(row);
			outcomes.undoResult(importId, row.row(), result);
			if (!UNDONE.equals(result)) {
				failed.add(new JobFailure(row.contactId(), "Row " + row.row() + ": " + result));
			}
		}
		boolean finished = batch.size() < CHUNK;
		if (finished) {
			imports.undone(importId, Instant.now());
		}
		return new Chunk(String.valueOf(batch.isEmpty() ? after : batch.getLast().row()), batch.size(), failed, finished);
	}

	private String undo(Outcomes.Landed row) {
		try {
			return Objects.requireNonNull(savepoint.execute(s -> "CREATED".equals(row.outcome()) ? remove(row) : putBack(row)));
		}
		catch (ProblemException e) {
			return "kept: " + e.detail();
		}
	}

	private String remove(Outcomes.Landed row) {
		Contact contact = contacts.find(row.contactId()).orElse(null);
		if (contact == null) {
			return UNDONE;
		}
		Object left = row.after() == null ? null : row.after().get(RowImporter.VERSION);
		long version = left instanceof Number n ? n.longValue() : 0;
		if (contact.version() != version) {
			return "kept: the contact was changed after the import";
		}
		if (activity.hasEntriesBesides(contact.id(), CREATION)) {
			return "kept: the contact has history since the import (its timeline shows what)";
		}
		lifecycle.delete(row.contactId(), IfMatch.version(version));
		return UNDONE;
	}

	private String putBack(Outcomes.Landed row) {
		Contact contact = contacts.find(row.contactId()).orElse(null);
		if (contact == null || row.before() == null || row.after() == null) {
			return "kept: the contact no longer exists";
		}
		Map<String, @Nullable Object> now = DetailsSnapshot.of(contact.details());
		Map<String, @Nullable Object> back = new java.util.LinkedHashMap<>();
		List<String> changedSince = new ArrayList<>();
		row.after().forEach((field, value) -> {
			if (Objects.equals(json(now.get(field)), json(value))) {
				back.put(field, row.before().get(field));
			}
			else {
				changedSince.add(field);
			}
		});
		if (!back.isEmpty()) {
			contacts.update(contact.id(), DetailsSnapshot.apply(contact.details(), back), null, null,
					IfMatch.version(contact.version()));
		}
		return changedSince.isEmpty() ? UNDONE
				: "kept " + String.join(", ", changedSince) + ": changed after the import";
	}

	/** Compares values as JSON: what was stored and read back, and what the contact holds now. */
	private String json(@Nullable Object value) {
		return json.writeValueAsString(value);
	}

	private UUID importId(JobContext job) {
		return json.readValue(job.params(), ContactImportJob.Params.class).importId();
	}
}
