package app.clientele.jobs;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import app.clientele.platform.Actor;
import app.clientele.platform.Ids;
import app.clientele.platform.NotFound;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Submits background jobs and tells how they stand. A job is seen by the staff member who
 * started it and by administrators; to anyone else it does not exist (404).
 */
@Service
@EnableConfigurationProperties(JobProperties.class)
public class Jobs {

	static final String ADMIN = "ROLE_ADMIN";
	/** Failed items a job's status lists; the count tells how many there are in all. */
	public static final int LISTED_FAILURES = 1000;

	private final JobStore store;
	private final JobRunner runner;
	private final JobWorker worker;
	private final ApplicationEventPublisher events;

	Jobs(JobStore store, JobRunner runner, JobWorker worker, ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.runner = runner;
		this.worker = worker;
	}

	/**
	 * Queues a job of a kind some module handles, run as the current staff member with the roles
	 * they have now. It starts when the caller's transaction commits (at once without one).
	 *
	 * @param params the handler's parameters, as JSON text
	 */
	@Transactional
	public Job submit(String kind, String params) {
		if (!runner.handles(kind)) {
			throw new IllegalArgumentException("No handler for jobs of kind " + kind);
		}
		JobId id = new JobId(Ids.newId());
		store.insert(id, kind, params, Actor.current(), roles());
		events.publishEvent(new JobSubmitted(id, kind, params, Actor.current()));
		wakeAfterCommit();
		return store.find(id).orElseThrow().job();
	}

	@Transactional(readOnly = true)
	public Job get(JobId id) {
		return visible(id).job();
	}

	/**
	 * The job, whoever started it: for a module whose own records own the job (an import) and that
	 * decides itself who may see them. Empty when there is no such job.
	 */
	@Transactional(readOnly = true)
	public java.util.Optional<Job> find(JobId id) {
		return store.find(id).map(JobStore.Claimed::job);
	}

	/** The first {@value #LISTED_FAILURES} items the job could not do, in the order it met them. */
	@Transactional(readOnly = true)
	public List<JobFailure> failures(JobId id) {
		visible(id);
		return store.failures(id, LISTED_FAILURES);
	}

	private JobStore.Claimed visible(JobId id) {
		JobStore.Claimed job = store.find(id).orElseThrow(() -> new NotFound("Job", id));
		Actor me = Actor.current();
		boolean mine = me.kind() == Actor.Kind.STAFF && me.id() != null && me.id().equals(job.job().startedBy().id());
		if (!mine && !roles().contains(ADMIN)) {
			throw new NotFound("Job", id);
		}
		return job;
	}

	private static Set<String> roles() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? Set.of()
				: auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}

	private void wakeAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			worker.wake();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				worker.wake();
			}
		});
	}
}
