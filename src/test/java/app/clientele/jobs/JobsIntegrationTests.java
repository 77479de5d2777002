package app.clientele.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import app.clientele.platform.Actor;
import app.clientele.platform.NotFound;
import app.clientele.staff.Role;
import app.clientele.staff.StaffPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * The background-job machinery with a test handler ({@link CountingJobHandler}): chunks, counts,
 * failed items, a node that hangs mid-chunk and is taken over, chunks that crash, who may see a job.
 */
@IntegrationTest
class JobsIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@LocalServerPort
	int port;
	@Autowired
	Jobs jobs;
	@Autowired
	CountingJobHandler handler;
	@Autowired
	JdbcClient jdbc;

	Api api;
	String salesToken;
	UUID salesId;

	@BeforeEach
	void signInAsSales() {
		api = new Api(port);
		salesToken = TestUsers.token(api, Role.SALES);
		salesId = jdbc.sql("SELECT id FROM staff WHERE email = 'sales@staff.example.com'").query(UUID.class).single();
		StaffPrincipal sales = new StaffPrincipal(salesId, "sales@staff.example.com", "Test Sales", Set.of(Role.SALES));
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(sales, null, "ROLE_SALES"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aJobRunsChunkByChunkToTheEndAndCountsWhatFailed() {
		Job job = jobs.submit(CountingJobHandler.KIND, CountingJobHandler.params(95, 10, 0, List.of(), 7, 93));

		Job done = awaitFinished(job.id());

		assertThat(done.status()).isEqualTo(JobStatus.DONE);
		assertThat(done.total()).isEqualTo(95);
		assertThat(done.done()).isEqualTo(95);
		assertThat(done.failed()).isEqualTo(2);
		assertThat(jobs.failures(job.id())).extracting(JobFailure::reason)
				.containsExactly("item 7 is bad", "item 93 is bad");
		assertThat(itemsWritten(job)).isEqualTo(93);
		assertThat(handler.actors.get(job.id().value())).hasSize(10)
				.allSatisfy(actor -> assertThat(actor).isEqualTo(new Actor(Actor.Kind.STAFF, salesId, "Test Sales")));
	}

	@Test
	void aJobWhoseNodeHangsMidChunkIsTakenOverFromItsLastCheckpointAndNoItemIsDoneTwice() throws Exception {
		Job job = jobs.submit(CountingJobHandler.KIND, CountingJobHandler.params(50, 10, 0, List.of(25, 35)));
		assertThat(handler.reached(job.id(), 25)).isTrue();

		// The node working on it hangs in its third chunk (items 21 to 30 written, not committed)
		// until its lease has run out: another worker takes the job over from the last checkpoint,
		// does items 21 to 30 again and stops in the next chunk, at 35.
		jdbc.sql("UPDATE job SET lease_until = now() - interval '1 second' WHERE id = :id")
				.param("id", job.id().value()).update();
		assertThat(handler.reached(job.id(), 35)).isTrue();
		// The first node wakes up while the job still runs and tries to store its chunk: it must
		// roll back, for good (its claim is no longer the job's).
		handler.release(job.id(), 25);
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> itemsWritten(job) == 30);
		handler.release(job.id(), 35);

		Job done = awaitFinished(job.id());
		assertThat(done.status()).isEqualTo(JobStatus.DONE);
		assertThat(done.done()).isEqualTo(50);
		assertThat(itemsWritten(job)).isEqualTo(50);
		assertThat(jdbc.sql("SELECT count(DISTINCT item) FROM test_job_item WHERE job_id = :id")
				.param("id", job.id().value()).query(Long.class).single()).isEqualTo(50);
	}

	@Test
	void aChunkThatCannotRunIsTriedAgainAndTheJobFailsAfterTheLastTry() {
		Job recovers = jobs.submit(CountingJobHandler.KIND, CountingJobHandler.params(20, 10, 1, List.of()));
		Job fails = jobs.submit(CountingJobHandler.KIND, CountingJobHandler.params(20, 10, 99, List.of()));

		assertThat(awaitFinished(recovers.id()).status()).isEqualTo(JobStatus.DONE);
		assertThat(itemsWritten(recovers)).isEqualTo(20);
		Job failed = awaitFinished(fails.id());
		assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
		assertThat(failed.error()).contains("could not go on");
		assertThat(itemsWritten(fails)).isZero();
	}

	@Test
	void aJobIsSeenByWhoStartedItAndByAdministratorsOnly() {
		Job job = jobs.submit(CountingJobHandler.KIND, CountingJobHandler.params(5, 10, 0, List.of(), 3));
		awaitFinished(job.id());

		JsonNode mine = api.as(salesToken).get("/api/v1/jobs/" + job.id()).json();
		assertThat(mine.get("kind").asString()).isEqualTo(CountingJobHandler.KIND);
		assertThat(mine.get("status").asString()).isEqualTo("DONE");
		assertThat(mine.get("total").asLong()).isEqualTo(5);
		assertThat(mine.get("done").asLong()).isEqualTo(5);
		assertThat(mine.get("failed").get(0).get("reason").asString()).isEqualTo("item 3 is bad");
		assertThat(api.as(TestUsers.adminToken(api)).get("/api/v1/jobs/" + job.id()).status()).isEqualTo(200);
		assertThat(api.as(TestUsers.token(api, Role.MANAGER)).get("/api/v1/jobs/" + job.id()).status()).isEqualTo(404);
		assertThat(api.as(salesToken).get("/api/v1/jobs/" + UUID.randomUUID()).status()).isEqualTo(404);
		assertThat(api.as(salesToken).get("/api/v1/jobs/not-a-uuid").status()).isEqualTo(400);
		assertThat(api.get("/api/v1/jobs/" + job.id()).status()).isEqualTo(401);
	}

	@Test
	void aJobOfAKindNobodyHandlesIsRefused() {
		assertThatThrownBy(() -> jobs.submit("no-such-kind", "{}")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> jobs.get(new JobId(UUID.randomUUID()))).isInstanceOf(NotFound.class);
	}

	private Job awaitFinished(JobId id) {
		return await().atMost(PATIENCE).pollInSameThread().pollInterval(Duration.ofMillis(100))
				.until(() -> jobs.get(id), j -> j.status().finished());
	}

	private long itemsWritten(Job job) {
		return jdbc.sql("SELECT count(*) FROM test_job_item WHERE job_id = :id").param("id", job.id().value())
				.query(Long.class).single();
	}

}
