package app.clientele.mail;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import app.clientele.contacts.ContactPlaceholders;
import app.clientele.platform.Actor;
import app.clientele.platform.ClienteleProperties;
import app.clientele.platform.Emails;
import app.clientele.platform.Ids;
import app.clientele.platform.InvalidInput;
import app.clientele.staff.SettingsManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues email. Each email is written to the outbox in the caller's transaction, so it exists
 * exactly when the change that causes it commits; the delivery worker sends it after that
 * commit, never while the caller waits. Publishes {@link EmailQueued} and {@link EmailCancelled}
 * in that transaction.
 */
@Service
public class MailOutbox {

	private final Outbox outbox;
	private final EmailTemplates templates;
	private final EmailRenderer renderer;
	private final SettingsManagement settings;
	private final ClienteleProperties properties;
	private final ApplicationEventPublisher events;
	private final DeliveryWorker worker;
	private final ContactPlaceholders contactPlaceholders;

	MailOutbox(Outbox outbox, EmailTemplates templates, EmailRenderer renderer, SettingsManagement settings,
			ClienteleProperties properties, ApplicationEventPublisher events, DeliveryWorker worker,
			ContactPlaceholders contactPlaceholders) {
		this.contactPlaceholders = contactPlaceholders;
		this.outbox = outbox;
		this.templates = templates;
		this.renderer = renderer;
		this.settings = settings;
		this.properties = properties;
		this.events = events;
		this.worker = worker;
	}

	/** Writes the email to the outbox in the caller's transaction; empty when its template is switched off. */
	@Transactional
	public Optional<UUID> queue(OutgoingEmail email) {
		EmailTemplate template = templates.get(email.template());
		if (!template.enabled()) {
			return Optional.empty();
		}
		check(email);
		Map<String, String> values = new HashMap<>(email.values());
		if (email.contactId() != null && ContactPlaceholders.uses(template.subject(), template.htmlBody(), template.textBody())) {
			contactPlaceholders.of(email.contactId()).forEach(values::putIfAbsent);
		}
		values.remove(Placeholders.LINK);
		values.remove(Placeholders.COMPANY_NAME);
		values.values().removeIf(Objects::isNull);
		Map<String, String> forSubject = new HashMap<>(values);
		forSubject.put(Placeholders.COMPANY_NAME, settings.get().companyName());
		String subject = template.subject(forSubject);
		UUID id = Ids.newId();
		outbox.insert(new OutboxEmail(id, email.template(), email.contactId(), email.campaignId(),
				email.toAddress().strip(), HeaderValues.clean(email.toName() == null ? "" : email.toName()), subject,
				values, headers(email), email.link(), "<" + id + "@" + host(properties) + ">",
				EmailStatus.QUEUED, 0, null, Instant.now(), null));
		events.publishEvent(new EmailQueued(id, email.contactId(), email.template(), subject, Actor.current()));
		wakeWorkerAfterCommit();
		return Optional.of(id);
	}

	/** Cancels queued, not yet sent emails of a contact with this template (e.g. an invitation superseded by a resend). */
	@Transactional
	public int cancelQueued(UUID contactId, TemplateKey template, String reason) {
		List<OutboxEmail> cancelled = outbox.cancelQueued(contactId, template, HeaderValues.clean(reason));
		for (OutboxEmail e : cancelled) {
			events.publishEvent(new EmailCancelled(e.id(), contactId, template, e.subject(), HeaderValues.clean(reason),
					Actor.current()));
		}
		return cancelled.size();
	}

	private static Map<String, String> headers(OutgoingEmail email) {
		Map<String, String> headers = new LinkedHashMap<>();
		email.headers().forEach((name, value) -> {
			if (value != null) {
				headers.put(name, value);
			}
		});
		return headers;
	}

	/** The host of the public URL: the right-hand side of Message-IDs and of the default sender. */
	static String host(ClienteleProperties properties) {
		String host = properties.publicUrl().getHost();
		return host == null || host.isBlank() ? "clientele.invalid" : host;
	}

	private void check(OutgoingEmail email) {
		if (!Emails.isValid(email.toAddress())) {
			throw new InvalidInput("toAddress", "is not a valid email address");
		}
		for (String name : email.headers().keySet()) {
			if (!HeaderValues.allowedName(name)) {
				throw new InvalidInput("headers", name + " is not a header an email may set");
			}
		}
		if (email.link() != null && !renderer.issues(email.link().purpose())) {
			throw new IllegalArgumentException("No LinkIssuer bean serves the link purpose " + email.link().purpose());
		}
	}

	private void wakeWorkerAfterCommit() {
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
