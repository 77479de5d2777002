package app.clientele.jobs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import app.clientele.platform.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A job for the tests of the machinery (test classpath only): writes items 1 to {@code items},
 * {@code chunk} per step, into a table that takes an item any number of times (so a test sees an
 * item done twice). Item numbers in {@code bad} fail as items; the first step that reaches an
 * item of {@code stops} writes its items and then waits until the test lets it go (a node hanging
 * mid-chunk); the first {@code crashes} steps throw (a chunk that cannot run).
 */
@Component
class CountingJobHandler implements JobHandler {

	static final String KIND = "test-count";

	private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
	private final Map<String, CountDownLatch> reached = new ConcurrentHashMap<>();
	private final Map<String, Boolean> held = new ConcurrentHashMap<>();
	final Map<UUID, List<Actor>> actors = new ConcurrentHashMap<>();
	private final JdbcClient jdbc;
	private final JsonMapper json = JsonMapper.builder().build();

	CountingJobHandler(JdbcClient jdbc) {
		this.jdbc = jdbc;
		jdbc.sql("""
				CREATE TABLE IF NOT EXISTS test_job_item (job_id uuid NOT NULL, item int NOT NULL)
				""").update();
	}

	static String params(int items, int chunk, int crashes, List<Integer> stops, int... bad) {
		StringBuilder badList = new StringBuilder();
		for (int b : bad) {
			badList.append(badList.isEmpty() ? "" : ",").append(b);
		}
		return "{\"items\":%d,\"chunk\":%d,\"stops\":%s,\"crashes\":%d,\"bad\":[%s]}"
				.formatted(items, chunk, stops, crashes, badList);
	}

	/** Whether a step reached the stop at {@code item} within 30 seconds (it is waiting there now). */
	boolean reached(JobId job, int item) throws InterruptedException {
		return latch(reached, job, item).await(30, TimeUnit.SECONDS);
	}

	/** Lets the step waiting at {@code item} go on. */
	void release(JobId job, int item) {
		latch(holds, job, item).countDown();
	}

	private static CountDownLatch latch(Map<String, CountDownLatch> latches, JobId job, int item) {
		return latches.computeIfAbsent(job + "/" + item, k -> new CountDownLatch(1));
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public long total(JobContext job) {
		return json.readTree(job.params()).get("items").asInt();
	}

	@Override
	public Chunk next(JobContext job, @Nullable String checkpoint) {
		JsonNode p = json.readTree(job.params());
		actors.computeIfAbsent(job.id().value(), k -> Collections.synchronizedList(new ArrayList<>())).add(Actor.current());
		int from = checkpoint == null ? 1 : Integer.parseInt(checkpoint);
		int to = Math.min(p.get("items").asInt(), from + p.get("chunk").asInt() - 1);
		if (crashesLeft(job, p) > 0) {
			throw new IllegalStateException("planted crash");
		}
		List<JobFailure> failed = new ArrayList<>();
		for (int item = from; item <= to; item++) {
			if (isBad(p, item)) {
				failed.add(new JobFailure(null, "item " + item + " is bad"));
				continue;
			}
			jdbc.sql("INSERT INTO test_job_item (job_id, item) VALUES (:job, :item)")
					.param("job", job.id().value()).param("item", item).update();
		}
		for (JsonNode stop : p.get("stops")) {
			if (from <= stop.asInt() && stop.asInt() <= to) {
				holdTheFirstTime(job.id(), stop.asInt());
			}
		}
		boolean last = to >= p.get("items").asInt();
		return new Chunk(last ? null : String.valueOf(to + 1), to - from + 1, failed, last);
	}

	private int crashesLeft(JobContext job, JsonNode p) {
		int seen = actors.get(job.id().value()).size();
		return p.get("crashes").asInt() - seen + 1;
	}

	private void holdTheFirstTime(JobId job, int item) {
		if (held.putIfAbsent(job + "/" + item, true) != null) {
			return;
		}
		latch(reached, job, item).countDown();
		try {
			latch(holds, job, item).await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static boolean isBad(JsonNode p, int item) {
		for (JsonNode b : p.get("bad")) {
			if (b.asInt() == item) {
				return true;
			}
		}
		return false;
	}
}
