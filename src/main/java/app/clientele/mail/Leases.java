package app.clientele.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The claims this node holds on outbox emails. A claim's lease is short (30 seconds by default)
 * so that the emails of a node that dies go out soon after; while this node works on them a
 * heartbeat renews the lease of every email it still holds, so a slow batch is never taken over
 * by another node. An email is let go once its outcome is recorded; what a batch did not get to
 * (the node stopping) is released at once, due again for any node.
 */
@Component
class Leases {

	private static final Logger log = LoggerFactory.getLogger(Leases.class);

	/** Email id to the attempt number of its claim, which every change to it must name. */
	private final Map<UUID, Integer> held = new ConcurrentHashMap<>();
	private final Outbox outbox;
	private final DeliveryProperties properties;

	Leases(Outbox outbox, DeliveryProperties properties) {
		this.outbox = outbox;
		this.properties = properties;
	}

	/** Claims up to a batch of due emails and holds them until they are let go. */
	List<OutboxEmail> claim() {
		List<OutboxEmail> claimed = outbox.claim(properties.batchSize(), properties.lease());
		claimed.forEach(e -> held.put(e.id(), e.attempts()));
		return claimed;
	}

	/** Whether this node still holds the claim (its lease was not lost to another node). */
	boolean holds(OutboxEmail email) {
		return Integer.valueOf(email.attempts()).equals(held.get(email.id()));
	}

	/** Lets go of an email whose outcome is recorded. */
	void done(OutboxEmail email) {
		held.remove(email.id(), email.attempts());
	}

	/** Releases the emails of a batch that are still held: they are due again at once. */
	void release(List<OutboxEmail> batch) {
		Map<UUID, Integer> left = new HashMap<>();
		for (OutboxEmail e : batch) {
			if (held.remove(e.id(), e.attempts())) {
				left.put(e.id(), e.attempts());
			}
		}
		if (!left.isEmpty()) {
			try {
				outbox.release(left);
			}
			catch (RuntimeException e) {
				log.warn("Could not release {} claimed email(s); their lease of {} runs out instead", left.size(),
						properties.lease(), e);
			}
		}
	}

	/** The heartbeat: renews the lease of every email held; one whose lease was lost is no longer held. */
	void renew() {
		Map<UUID, Integer> now = Map.copyOf(held);
		if (now.isEmpty()) {
			return;
		}
		Set<UUID> renewed = outbox.renew(now, properties.lease());
		now.forEach((id, attempt) -> {
			if (!renewed.contains(id) && held.remove(id, attempt)) {
				log.debug("The claim on email {} ran out or was taken over; this node leaves it", id);
			}
		});
	}
}
