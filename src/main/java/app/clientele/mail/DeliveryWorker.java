package app.clientele.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox with a few background loops per node, one SMTP connection each. A loop
 * claims batch after batch while email is due (waking a sibling while batches come full), then
 * sleeps until the next email falls due (a retry, a lease running out) or at most the poll
 * interval, unless a commit that queued email wakes it first. Loops and nodes never share an
 * email: each claims with SKIP LOCKED, and a heartbeat renews the node's short leases while it
 * works. Stopping, a loop sends no further email of its batch and releases the rest to any node.
 * Without an SMTP server configured nothing runs: email stays in the outbox, for the Mailbox to show.
 */
@Component
class DeliveryWorker implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
	private static final Duration STOP_WAIT = Duration.ofSeconds(10);
	/** Due email that could not be claimed is held by another claim for a moment: no busy loop. */
	private static final Duration SHORTEST_WAIT = Duration.ofMillis(50);

	private final ObjectProvider<JavaMailSender> senders;
	private final Delivery delivery;
	private final Outbox outbox;
	private final Leases leases;
	private final DeliveryProperties properties;
	private final Semaphore signal = new Semaphore(0);
	private final List<Thread> loops = new ArrayList<>();
	private @Nullable Thread heartbeat;
	private volatile boolean running;

	DeliveryWorker(ObjectProvider<JavaMailSender> senders, Delivery delivery, Outbox outbox, Leases leases,
			DeliveryProperties properties) {
		this.senders = senders;
		this.delivery = delivery;
		this.outbox = outbox;
		this.leases = leases;
		this.properties = properties;
	}

	/** Whether this node sends email at all (an SMTP server is configured). */
	boolean delivers() {
		return senders.getIfAvailable() != null;
	}

	/** Tells the worker that email was queued, so it need not wait for its next look. One wake-up is enough. */
	void wake() {
		if (signal.availablePermits() == 0) {
			signal.release();
		}
	}

	@Override
	public synchronized void start() {
		JavaMailSender sender = senders.getIfAvailable();
		if (sender == null) {
			log.info("No SMTP server is configured (SPRING_MAIL_HOST): email stays in the outbox; "
					+ "an ADMIN reads it in the console's Mailbox");
			return;
		}
		running = true;
		for (int i = 0; i < Math.max(1, properties.connections()); i++) {
			loops.add(Thread.ofVirtual().name("mail-delivery-" + i).start(() -> run(sender)));
		}
		heartbeat = Thread.ofVirtual().name("mail-lease-heartbeat").start(this::renewLeases);
	}

	/** Renews the leases this node holds three times a lease, so one missed beat loses nothing. */
	private void renewLeases() {
		Duration beat = properties.lease().dividedBy(3);
		while (running) {
			try {
				Thread.sleep(beat);
				leases.renew();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				log.warn("Could not renew the leases of the email this node is sending (the database?)", e);
			}
		}
	}

	private void run(JavaMailSender sender) {
		while (running) {
			try {
				int claimed = delivery.deliverBatch(sender, () -> running);
				if (claimed >= properties.batchSize()) {
					wake();
				}
				if (claimed > 0) {
					continue;
				}
				Duration wait = outbox.untilNextDue().filter(d -> d.compareTo(properties.pollInterval()) < 0)
						.orElse(properties.pollInterval());
				sleep(wait.compareTo(SHORTEST_WAIT) < 0 ? SHORTEST_WAIT : wait);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException e) {
				log.warn("Mail delivery could not go on (the database?); trying again in {}", properties.pollInterval(), e);
				try {
					sleep(properties.pollInterval());
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private void sleep(Duration wait) throws InterruptedException {
		signal.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
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
		if (heartbeat != null) {
			heartbeat.interrupt();
			heartbeat = null;
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
