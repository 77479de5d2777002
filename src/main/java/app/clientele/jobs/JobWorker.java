package app.clientele.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A few loops per node that claim waiting jobs and run them. A loop sleeps until a job is
 * submitted on this node (a wake-up after the commit) or at most the poll interval (jobs from
 * other nodes, and jobs whose node died: their lease runs out and any loop takes them over).
 * Stopping, a loop finishes its chunk and lets its job go, at once free for another node.
 */
@Component
class JobWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobWorker.class);
	private static final Duration STOP_WAIT = Duration.ofSeconds(10);

	private final JobStore store;
	private final JobRunner runner;
	private final JobProperties properties;
	private final Semaphore signal = new Semaphore(0);
	private final List<Thread> loops = new ArrayList<>();
	private volatile boolean running;

	JobWorker(JobStore store, JobRunner runner, JobProperties properties) {
		this.store = store;
		this.runner = runner;
		this.properties = properties;
	}

	void wake() {
		if (signal.availablePermits() == 0) {
			signal.release();
		}
	}

	@Override
	public synchronized void start() {
		running = true;
		for (int i = 0; i < properties.workers(); i++) {
			loops.add(Thread.ofVirtual().name("job-worker-" + i).start(this::loop));
		}
	}

	private void loop() {
		while (running) {
			try {
				Optional<JobStore.Claimed> job = store.claim(properties.lease());
				if (job.isPresent()) {
					wake();
					runner.run(job.get(), () -> running);
					continue;
				}
				signal.tryAcquire(properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				log.warn("Background jobs could not be claimed (the database?); trying again in {}",
						properties.pollInterval(), e);
				try {
					Thread.sleep(properties.pollInterval());
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	@Override
	public synchronized void stop() {
		running = false;
		signal.release(loops.size());
		for (Thread loop : loops) {
			try {
				if (!loop.join(STOP_WAIT)) {
					loop.interrupt();
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		loops.clear();
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
