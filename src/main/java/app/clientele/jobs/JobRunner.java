package app.clientele.jobs;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a claimed job chunk by chunk. Each chunk is one transaction: it reads the stored checkpoint
 * for this claim (none: the claim was lost, so stop), does the handler's work from there, and
 * stores the new checkpoint and counts only if the claim still holds; otherwise, or on a crash
 * anywhere, the chunk rolls back whole. The next claim starts again from the last checkpoint that
 * committed: nothing is done twice, and a node that hangs mid-chunk is taken over when its lease
 * runs out.
 */
@Component
class JobRunner {

	private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

	private final JobStore store;
	private final TransactionTemplate transactions;
	private final JobProperties properties;
	private final Map<String, JobHandler> handlers;

	JobRunner(JobStore store, TransactionTemplate transactions, JobProperties properties, List<JobHandler> handlers) {
		this.store = store;
		this.transactions = transactions;
		this.properties = properties;
		this.handlers = handlers.stream().collect(Collectors.toMap(JobHandler::kind, Function.identity()));
	}

	boolean handles(String kind) {
		return handlers.containsKey(kind);
	}

	/** Runs the job until it ends, the claim is lost, or {@code running} turns false (then lets it go). */
	void run(JobStore.Claimed job, BooleanSupplier running) {
		JobHandler handler = handlers.get(job.job().kind());
		if (handler == null) {
			transactions.executeWithoutResult(s -> store.stepFailed(job, "This kind of job cannot run here ("
					+ job.job().kind() + ")", 1, properties.retryPause()));
			return;
		}
		JobContext context = new JobContext(job.id(), job.job().kind(), job.params(), job.job().startedBy());
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
		SecurityContextHolder.getContext().setAuthentication(new JobPrincipal(job.job().startedBy(), job.roles()));
		try {
			while (running.getAsBoolean()) {
				if (!Boolean.TRUE.equals(transactions.execute(s -> step(job, handler, context, s)))) {
					return;
				}
			}
			store.release(job);
		}
		catch (RuntimeException e) {
			log.warn("A chunk of job {} ({}) could not run; it will be tried again", job.id(), job.job().kind(), e);
			transactions.executeWithoutResult(s -> store.stepFailed(job,
					"The job stopped after " + properties.maxRetries() + " tries in a row that could not go on",
					properties.maxRetries(), properties.retryPause()));
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/** One chunk; answers whether there is more to do under this claim. */
	private boolean step(JobStore.Claimed job, JobHandler handler, JobContext context, TransactionStatus tx) {
		JobStore.Progress progress = store.progress(job, properties.lease()).orElse(null);
		if (progress == null) {
			return false;
		}
		if (progress.total() == null) {
			store.total(job, handler.total(context));
		}
		Chunk chunk = handler.next(context, progress.checkpoint());
		if (!store.advance(job, chunk, progress.failed(), properties.lease())) {
			log.info("Job {} was taken over by another node; this node's last chunk is undone", job.id());
			tx.setRollbackOnly();
			return false;
		}
		return !chunk.finished();
	}
}
