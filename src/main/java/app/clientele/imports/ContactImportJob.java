package app.clientele.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.jobs.Chunk;
import app.clientele.jobs.JobContext;
import app.clientele.jobs.JobHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The job that runs an import: {@value #CHUNK} rows a chunk, from the last row done (the
 * checkpoint), each row through {@link RowImporter}; the rows' outcomes and the import's counts
 * are written in the chunk's transaction, so a chunk lands with its checkpoint or not at all. A dry
 * run does the same work in a savepoint it rolls back: the same rules, duplicates (within a chunk
 * too) and outcomes, nothing kept but the outcomes.
 */
@Component
class ContactImportJob implements JobHandler {

	static final String KIND = "contact-import";
	/** About a second of work: rows are created together (ChunkImporter). */
	static final int CHUNK = 1000;

	private final ImportStore imports;
	private final Uploads uploads;
	private final ChunkImporter rows;
	private final JsonMapper json;
	private final TransactionTemplate rolledBack;

	ContactImportJob(ImportStore imports, Uploads uploads, ChunkImporter rows, JsonMapper json,
			PlatformTransactionManager transactions) {
		this.imports = imports;
		this.uploads = uploads;
		this.rows = rows;
		this.json = json;
		this.rolledBack = new TransactionTemplate(transactions);
		this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	record Params(UUID importId) {
	}

	String params(UUID importId) {
		return json.writeValueAsString(new Params(importId));
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public long total(JobContext job) {
		return imported(job).rowsTotal();
	}

	@Override
	public Chunk next(JobContext job, @Nullable String checkpoint) {
		ContactImport contactImport = imported(job);
		Uploads.Upload upload = uploads.find(contactImport.uploadId()).orElseThrow();
		int after = checkpoint == null ? 0 : Integer.parseInt(checkpoint);
		List<Uploads.NumberedRow> batch = uploads.rowsAfter(upload.id(), after, CHUNK);
		List<@Nullable String> fields = fields(upload.headers(), contactImport.mapping());
		ImportOptions options = contactImport.options();
		List<RowOutcome> outcomes = options.dryRun()
				? rolledBack.execute(status -> {
					List<RowOutcome> done = run(batch, fields, options);
					status.setRollbackOnly();
					return done;
				})
				: run(batch, fields, options);
		imports.record(contactImport.id(), outcomes);
		int last = batch.isEmpty() ? after : batch.getLast().rowNo();
		return new Chunk(String.valueOf(last), batch.size(), List.of(), batch.size() < CHUNK);
	}

	private List<RowOutcome> run(List<Uploads.NumberedRow> batch, List<@Nullable String> fields, ImportOptions options) {
		return rows.run(batch, fields, options);
	}

	/** Each column's field; a second column of a field that holds one value is left out. */
	static List<@Nullable String> fields(List<String> headers, Map<String, String> mapping) {
		List<@Nullable String> fields = new ArrayList<>(headers.size());
		Set<String> taken = new HashSet<>();
		for (String header : headers) {
			String field = mapping.get(header);
			boolean once = field != null && !ImportFields.REPEATABLE.contains(field);
			fields.add(field == null || (once && !taken.add(field)) ? null : field);
		}
		return fields;
	}

	private ContactImport imported(JobContext job) {
		UUID id = json.readValue(job.params(), Params.class).importId();
		return imports.find(id).orElseThrow();
	}
}
