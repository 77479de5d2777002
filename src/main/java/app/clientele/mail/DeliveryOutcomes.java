package app.clientele.mail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import app.clientele.platform.Actor;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what became of each email of a batch: SENT, a retry after backoff, FAILED with the
 * last error, or CANCELLED with the reason. {@link EmailSent}, {@link EmailFailed} and
 * {@link EmailCancelled} are published inside the transaction that changes the status, so they
 * exist exactly when the change commits.
 */
@Component
class DeliveryOutcomes {

	static final int MAX_ERROR = 1000;
	private static final Pattern PERMANENT_REPLY = Pattern.compile("5\\d\\d\\b");

	private static final Logger log = LoggerFactory.getLogger(DeliveryOutcomes.class);

	sealed interface Outcome {
		OutboxEmail email();
	}

	record Sent(OutboxEmail email, String subject) implements Outcome {
	}

	/** A failed attempt; a permanent one is not retried. */
	record Failed(OutboxEmail email, String error, boolean permanent) implements Outcome {
	}

	record Cancelled(OutboxEmail email, String reason) implements Outcome {
	}

	private final Outbox outbox;
	private final RetryPolicy retries;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transaction;

	DeliveryOutcomes(Outbox outbox, DeliveryProperties properties, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.outbox = outbox;
		this.retries = RetryPolicy.of(properties);
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
	}

	static Failed failed(OutboxEmail email, Exception e) {
		return new Failed(email, describe(e), permanent(e));
	}

	/** Records the outcomes in one transaction; should that fail, each in its own. */
	void record(List<Outcome> outcomes) {
		try {
			transaction.executeWithoutResult(tx -> {
				recordSent(outcomes.stream().filter(Sent.class::isInstance).map(Sent.class::cast).toList());
				outcomes.stream().filter(o -> !(o instanceof Sent)).forEach(this::record);
			});
		}
		catch (RuntimeException batchFailure) {
			log.warn("Recording a batch of {} delivery outcomes failed; recording them one by one", outcomes.size(),
					batchFailure);
			for (Outcome outcome : outcomes) {
				try {
					transaction.executeWithoutResult(tx -> record(outcome));
				}
				catch (RuntimeException e) {
					log.error("Could not record the outcome of email {}; its claim will run out and it is tried again",
							outcome.email().id(), e);
				}
			}
		}
	}

	private void recordSent(List<Sent> sent) {
		if (sent.isEmpty()) {
			return;
		}
		Map<UUID, Marked> marked = outbox.markSent(sent.stream().map(Sent::email).toList(),
				sent.stream().map(Sent::subject).toList());
		for (Sent s : sent) {
			OutboxEmail e = s.email();
			Marked m = marked.get(e.id());
			if (m != null) {
				events.publishEvent(new EmailSent(e.id(), m.contactId(), e.campaignId(), e.template(), s.subject(), m.at()));
			}
		}
	}

	private void record(Outcome outcome) {
		OutboxEmail e = outcome.email();
		switch (outcome) {
			case Sent sent -> recordSent(List.of(sent));
			case Cancelled cancelled -> {
				outbox.markEnded(e, EmailStatus.CANCELLED, cancelled.reason()).ifPresent(m -> events.publishEvent(
						new EmailCancelled(e.id(), m.contactId(), e.template(), e.subject(), cancelled.reason(), Actor.SYSTEM)));
			}
			case Failed failed -> {
				Optional<Duration> wait = failed.permanent() ? Optional.empty() : retries.after(e.attempts());
				if (wait.isPresent()) {
					outbox.markRetry(e, wait.get(), failed.error());
					log.info("Email {} to {} failed (attempt {}), retrying in {}: {}", e.id(), e.toAddress(), e.attempts(),
							wait.get(), failed.error());
				}
				else {
					outbox.markEnded(e, EmailStatus.FAILED, failed.error()).ifPresent(m -> {
						log.warn("Email {} to {} FAILED after {} attempt(s): {}", e.id(), e.toAddress(), e.attempts(),
								failed.error());
						events.publishEvent(new EmailFailed(e.id(), m.contactId(), e.campaignId(), e.template(),
								e.subject(), failed.error()));
					});
				}
			}
		}
	}

	static String describe(Throwable e) {
		StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
		Throwable cause = e.getCause();
		while (cause != null && cause != e) {
			if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
				text.append(": ").append(cause.getMessage());
			}
			e = cause;
			cause = cause.getCause();
		}
		String error = HeaderValues.clean(text.toString());
		return error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
	}

	/**
	 * A refusal that a retry cannot change: a malformed message, or the server's 5xx reply to it or
	 * its recipient (SMTP exceptions carry the reply, code first, as their message).
	 */
	static boolean permanent(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof MailParseException || t instanceof MailPreparationException) {
				return true;
			}
			if ((t instanceof SendFailedException || t instanceof AddressException) && t.getMessage() != null
					&& PERMANENT_REPLY.matcher(t.getMessage()).lookingAt()) {
				return true;
			}
			if (t instanceof AddressException && !t.getClass().getSimpleName().startsWith("SMTP")) {
				return true;
			}
		}
		return false;
	}
}
