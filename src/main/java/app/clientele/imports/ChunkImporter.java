package app.clientele.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.clientele.contacts.ContactBatch;
import app.clientele.fields.CustomFieldEntity;
import app.clientele.fields.CustomFieldManagement;
import app.clientele.fields.CustomFieldRules;
import app.clientele.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a chunk of rows: the rows that only create a contact under an account on record go
 * through {@link ContactBatch#createAll} together (the create's rules row by row, the database
 * work in a few statements); a duplicate among them is then handled row by row by the policy
 * (an update in its own savepoint). Rows whose account the import creates go one by one through
 * {@link RowImporter}, so that a row that fails takes its new account with it. Should the batch
 * fail as a whole (a contact written by someone else meanwhile breaks a unique rule), it is rolled
 * back and every row of it goes one by one instead. A dry run checks the batch without writing it
 * (the job rolls the rest of a dry run's chunk back).
 */
@Component
class ChunkImporter {

	private static final Logger log = LoggerFactory.getLogger(ChunkImporter.class);

	private final RowImporter rows;
	private final ContactBatch batch;
	private final TransactionTemplate savepoint;
	private final CustomFieldManagement fields;

	ChunkImporter(RowImporter rows, ContactBatch batch, PlatformTransactionManager transactions,
			CustomFieldManagement fields) {
		this.fields = fields;
		this.rows = rows;
		this.batch = batch;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	List<RowOutcome> run(List<Uploads.NumberedRow> chunk, List<@Nullable String> fields, ImportOptions options) {
		AccountResolver resolver = rows.resolver(options);
		List<RowOutcome> outcomes = new ArrayList<>(chunk.size());
		List<ImportRow> together = new ArrayList<>();
		List<ContactBatch.Row> creates = new ArrayList<>();
		List<ImportRow> alone = new ArrayList<>();
		CustomFieldRules custom = this.fields.rules(CustomFieldEntity.CONTACT);
		List<ImportRow> read = chunk.stream().map(r -> ImportRow.read(r.rowNo(), r.cells(), fields, custom)).toList();
		resolver.prefetch(read);
		for (ImportRow row : read) {
			if (!row.problems().isEmpty()) {
				outcomes.add(RowOutcome.failed(row.rowNo(), row.problems(), List.of()));
			}
			else if (resolver.creates(row)) {
				alone.add(row);
			}
			else {
				try {
					creates.add(rows.batchRow(row, options, resolver));
					together.add(row);
				}
				catch (ProblemException e) {
					outcomes.add(RowOutcome.failed(row, e));
				}
			}
		}
		outcomes.addAll(together(together, creates, options, resolver));
		alone.forEach(row -> outcomes.add(rows.importRow(row, options, resolver)));
		outcomes.sort(Comparator.comparingInt(RowOutcome::rowNo));
		return outcomes;
	}

	private List<RowOutcome> together(List<ImportRow> together, List<ContactBatch.Row> creates, ImportOptions options,
			AccountResolver resolver) {
		List<ContactBatch.Result> results;
		try {
			results = savepoint.execute(s -> batch.createAll(creates, !options.dryRun()));
		}
		catch (DataAccessException e) {
			log.info("A batch of {} rows could not be written together ({}); importing them one by one",
					creates.size(), e.getMostSpecificCause().getMessage());
			return together.stream().map(row -> rows.importRow(row, options, resolver)).toList();
		}
		List<RowOutcome> outcomes = new ArrayList<>(together.size());
		for (int i = 0; i < together.size(); i++) {
			outcomes.add(rows.fromBatch(together.get(i), results.get(i), options, resolver));
		}
		return outcomes;
	}
}
