package app.clientele.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.accounts.AccountDetails;
import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountStatus;
import app.clientele.jobs.Chunk;
import app.clientele.jobs.JobContext;
import app.clientele.jobs.JobId;
import app.clientele.platform.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An import that crashes mid-chunk continues from its last checkpoint and imports no row twice:
 * a chunk's contacts, outcomes and counts are written in the chunk's transaction (with the job's
 * checkpoint, which the jobs module commits with it), so a chunk that never commits leaves nothing.
 * The chunks are run here by hand, as the job runner runs them, the first one crashing before its
 * commit; the import has no job row, so no worker runs it meanwhile.
 */
@IntegrationTest
class ImportResumeIntegrationTests {

	@Autowired
	ContactImports imports;

	@Autowired
	ImportStore store;

	@Autowired
	ContactImportJob handler;

	@Autowired
	AccountManagement accounts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aChunkThatCrashesBeforeItsCommitLeavesNothingAndTheRetryImportsEachRowOnce() {
		String number = "RS-" + TestData.suffix();
		UUID account = accounts.create(new AccountDetails("Resume " + number, number, null, AccountStatus.ACTIVE)).id();
		int rows = ContactImportJob.CHUNK + 500;
		StringBuilder csv = new StringBuilder("firstName,lastName,accountNumber\r\n");
		for (int i = 0; i < rows; i++) {
			csv.append("Row").append(i).append(",Resumed").append(i).append(TestData.suffix()).append(',').append(number)
					.append("\r\n");
		}
		ContactImports.UploadView upload = imports.upload("resume.csv",
				new ByteArrayResource(csv.toString().getBytes(StandardCharsets.UTF_8)), null);
		UUID importId = UUID.randomUUID();
		ImportOptions options = new ImportOptions(false, DuplicatePolicy.SKIP, UpdateMode.FILL,
				ImportFields.mapping(upload.headers(), Map.of()), false, false);
		store.insert(importId, upload.id(), new JobId(UUID.randomUUID()), options, null, "test", Instant.now());
		JobContext job = new JobContext(new JobId(UUID.randomUUID()), ContactImportJob.KIND, handler.params(importId),
				Actor.SYSTEM);

		transactions.executeWithoutResult(tx -> {
			handler.next(job, null);
			tx.setRollbackOnly();
		});
		assertThat(contactsOf(account)).isZero();
		assertThat(store.find(importId).orElseThrow().created()).isZero();

		Chunk chunk = transactions.execute(tx -> handler.next(job, null));
		while (!chunk.finished()) {
			String from = chunk.checkpoint();
			chunk = transactions.execute(tx -> handler.next(job, from));
		}
		assertThat(contactsOf(account)).isEqualTo(rows);
		assertThat(store.find(importId).orElseThrow().created()).isEqualTo(rows);
		assertThat(jdbc.sql("SELECT count(*) FROM contact_import_outcome WHERE import_id = :id").param("id", importId)
				.query(Long.class).single()).isEqualTo(rows);
	}

	@Test
	void anUploadIsImportedForRealOnceHoweverOftenItIsDryRun() {
		ContactImports.UploadView upload = imports.upload("once.csv", new ByteArrayResource(
				("firstName,lastName\r\nOnce,Only" + TestData.suffix() + "\r\n").getBytes(StandardCharsets.UTF_8)), null);
		ImportOptions dry = new ImportOptions(true, DuplicatePolicy.SKIP, UpdateMode.FILL, Map.of(), false, false);
		imports.start(upload.id(), dry);
		imports.start(upload.id(), dry);
		imports.start(upload.id(), dry.forReal());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> imports.start(upload.id(), dry.forReal()))
				.isInstanceOf(AlreadyImported.class);
	}

	private long contactsOf(UUID account) {
		return jdbc.sql("SELECT count(*) FROM contact WHERE account_id = :a").param("a", account).query(Long.class).single();
	}
}
