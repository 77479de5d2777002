package app.clientele.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.fields.CustomField;
import app.clientele.fields.CustomFieldEntity;
import app.clientele.fields.CustomFieldManagement;
import app.clientele.fields.CustomFieldRules;
import app.clientele.jobs.Job;
import app.clientele.jobs.JobStatus;
import app.clientele.jobs.Jobs;
import app.clientele.platform.Actor;
import app.clientele.platform.Ids;
import app.clientele.platform.InvalidInput;
import app.clientele.platform.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact imports: read a file into an upload, start an import (or a dry run) over it as a
 * background job, follow it, undo it within {@link ContactImport#UNDO_WINDOW}. Who may import
 * (ADMIN, MANAGER) is {@code ImportAccessRules}'; every import is listed to them all.
 */
@Service
public class ContactImports {

	private final Uploads uploads;
	private final ImportStore imports;
	private final Outcomes outcomes;
	private final Jobs jobs;
	private final ContactImportJob importJob;
	private final CustomFieldManagement fields;
	private final ApplicationEventPublisher events;

	ContactImports(Uploads uploads, ImportStore imports, Outcomes outcomes, Jobs jobs, ContactImportJob importJob,
			CustomFieldManagement fields, ApplicationEventPublisher events) {
		this.fields = fields;
		this.events = events;
		this.uploads = uploads;
		this.imports = imports;
		this.outcomes = outcomes;
		this.jobs = jobs;
		this.importJob = importJob;
	}

	/** An upload as staff see it before they map its columns. */
	public record UploadView(UUID id, String fileName, String format, String encoding, List<String> headers, int rows,
			Map<String, String> proposed) {
	}

	/**
	 * Reads the file into a new upload (its encoding detected unless given), all or nothing: a file
	 * that cannot be read is refused naming the field {@code file} or {@code encoding}.
	 */
	@Transactional
	public UploadView upload(String fileName, InputStreamSource file, @org.jspecify.annotations.Nullable String encoding) {
		try {
			ImportFile.Shape shape = ImportFile.shape(file, encoding);
			Uploads.Upload upload = new Uploads.Upload(Ids.newId(), name(fileName), shape.format(),
					shape.encoding().name(), shape.separator(), List.of(), 0, Actor.current().id(), Instant.now());
			uploads.insert(upload);
			UploadWriter writer = new UploadWriter(uploads, upload.id());
			int rows;
			try (Reader reader = ImportFile.open(file, shape.encoding())) {
				rows = shape.format() == ImportFile.Format.VCARD ? UploadReader.vcards(reader,
						fields.rules(CustomFieldEntity.CONTACT).fields().stream().map(CustomField::key).toList(), writer::header, writer::row)
						: UploadReader.csv(reader, shape.separator(), writer::header, writer::row);
			}
			writer.flush();
			uploads.finish(upload.id(), writer.headers(), rows);
			upload = uploads.find(upload.id()).orElseThrow();
			return view(upload);
		}
		catch (IOException | UncheckedIOException e) {
			throw new InvalidInput("file", "could not be read; is it a CSV or vCard file in the encoding given?");
		}
	}

	public UploadView upload(UUID id) {
		return view(uploads.find(id).orElseThrow(() -> new NotFound("Upload", id)));
	}

	private UploadView view(Uploads.Upload u) {
		return new UploadView(u.id(), u.fileName(), u.format().name(), u.encoding(), u.headers(), u.rows(),
				ImportFields.mapping(u.headers(), Map.of(), ImportFields.customSynonyms(fields.rules(CustomFieldEntity.CONTACT))));
	}

	private static String name(String fileName) {
		String name = fileName.replaceAll("[\\p{Cntrl}]", "").strip();
		return name.isEmpty() ? "contacts.csv" : name.length() > 200 ? name.substring(0, 200) : name;
	}

	/** Starts an import over the upload; the job begins when this transaction commits. */
	@Transactional
	public ContactImport start(UUID uploadId, ImportOptions options) {
		Uploads.Upload upload = uploads.find(uploadId).orElseThrow(() -> new NotFound("Upload", uploadId));
		if (!uploads.hasRows(uploadId)) {
			throw new InvalidInput("file", "is no longer kept (uploads are kept " + UploadRetention.KEPT.toDays()
					+ " days); upload it again");
		}
		if (!options.dryRun() && imports.importedFor(uploadId).isPresent()) {
			throw new AlreadyImported();
		}
		CustomFieldRules custom = fields.rules(CustomFieldEntity.CONTACT);
		Map<String, String> mapping = ImportFields.mapping(upload.headers(), options.mapping(),
				ImportFields.customSynonyms(custom));
		options.check(mapping, custom);
		ImportOptions resolved = new ImportOptions(options.dryRun(), options.onDuplicate(), options.updateMode(),
				mapping, options.createMissingAccounts(), options.sendWelcomeEmails());
		UUID id = Ids.newId();
		Job job = jobs.submit(ContactImportJob.KIND, importJob.params(id));
		Actor me = Actor.current();
		imports.insert(id, uploadId, job.id(), resolved, me.id(), me.label(), Instant.now());
		ContactImport started = imports.find(id).orElseThrow();
		events.publishEvent(new ImportStarted(id, started.fileName(), upload.rows(), resolved.dryRun(),
				resolved.onDuplicate(), me));
		return started;
	}

	@Transactional(readOnly = true)
	public ImportProgress get(UUID id) {
		return progress(imports.find(id).orElseThrow(() -> new NotFound("Import", id)));
	}

	@Transactional(readOnly = true)
	public List<ImportProgress> list(int limit) {
		return imports.list(null, limit).stream().map(this::progress).toList();
	}

	private ImportProgress progress(ContactImport i) {
		Job undo = i.undoJobId() == null ? null : jobs.find(i.undoJobId()).orElse(null);
		Job job = jobs.find(i.jobId()).orElse(null);
		if (job == null) {
			return new ImportProgress(i, i.undoneAt() != null ? ImportStatus.UNDONE : ImportStatus.FAILED, 0, 0, null,
					"Its background job is no longer on record", undo);
		}
		ImportStatus status = i.undoneAt() != null ? ImportStatus.UNDONE : ImportStatus.valueOf(job.status().name());
		return new ImportProgress(i, status, job.done(), job.percent(), job.timeLeft(Instant.now()), job.error(), undo);
	}

	/**
	 * Imports of the last {@link ContactImport#UNDO_WINDOW} with rows that could not be imported, not
	 * undone: what staff may still fix (download the problem rows, import them again) or undo.
	 */
	@Transactional(readOnly = true)
	public long withProblems() {
		return imports.withProblems(Instant.now().minus(ContactImport.UNDO_WINDOW));
	}

	/** The first problems and duplicates found, in row order. */
	@Transactional(readOnly = true)
	public List<ImportProblem> problems(UUID id, int limit) {
		return outcomes.problems(get(id).record().id(), limit);
	}

	@Transactional(readOnly = true)
	public List<ImportDuplicate> duplicates(UUID id, int limit) {
		return outcomes.duplicates(get(id).record().id(), limit);
	}

	@Transactional(readOnly = true)
	public List<ImportProblem> notUndone(UUID id, int limit) {
		ContactImport i = get(id).record();
		return i.undoJobId() == null ? List.of() : outcomes.notUndone(i.id(), limit);
	}

	/**
	 * Starts undoing the import: refused for a dry run, one still running, one undone or being
	 * undone, or one too old. An undo that stopped (its job failed) can be started again: each row
	 * it already undid says so and is left as it is.
	 */
	@Transactional
	public ImportProgress undo(UUID id) {
		ImportProgress p = get(id);
		ContactImport i = p.record();
		if (i.dryRun()) {
			throw new ImportNotUndoable("A dry run changed nothing; there is nothing to undo.");
		}
		boolean retry = p.undoJob() != null && p.undoJob().status() == app.clientele.jobs.JobStatus.FAILED;
		if (i.undoneAt() != null || (i.undoJobId() != null && !retry)) {
			throw new ImportNotUndoable("This import is undone already (or being undone).");
		}
		if (p.status() == ImportStatus.QUEUED || p.status() == ImportStatus.RUNNING) {
			throw new ImportNotUndoable("The import is still running; undo it once it has finished.");
		}
		if (!i.createdAt().plus(ContactImport.UNDO_WINDOW).isAfter(Instant.now())) {
			throw new ImportNotUndoable("Imports can be undone for " + ContactImport.UNDO_WINDOW.toDays()
					+ " days; this one is older.");
		}
		Job job = jobs.submit(ImportUndoJob.KIND, importJob.params(id));
		if (!imports.undoStarted(id, job.id(), retry ? i.undoJobId() : null)) {
			throw new ImportNotUndoable("This import is being undone already.");
		}
		events.publishEvent(new ImportUndoStarted(id, i.fileName(), retry, Actor.current()));
		return get(id);
	}

	/** Writes the failed rows as uploaded, under the upload's header plus a last column {@code error}. */
	@Transactional(readOnly = true)
	public void problemRows(UUID id, ProblemFile file) {
		ContactImport i = get(id).record();
		Uploads.Upload upload = uploads.find(i.uploadId()).orElseThrow();
		List<String> header = new ArrayList<>(upload.headers());
		header.add("error");
		file.row(header);
		outcomes.failedRows(i.id(), upload.id(), row -> {
			List<String> cells = new ArrayList<>(row.cells().subList(0, Math.min(row.cells().size(),
					upload.headers().size())));
			while (cells.size() < upload.headers().size()) {
				cells.add("");
			}
			cells.add(row.error());
			file.row(cells);
		});
	}

	/** Where {@link #problemRows} writes, one row at a time. */
	public interface ProblemFile {
		void row(List<String> cells);
	}
}
