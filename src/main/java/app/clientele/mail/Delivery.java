package app.clientele.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.clientele.contacts.ContactManagement;
import app.clientele.platform.ClienteleProperties;
import app.clientele.staff.SettingsManagement;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One round of delivery: claim a batch (committed at once, so other workers and nodes skip it),
 * render it and send it over one SMTP connection, then record each outcome. A node that dies
 * between sending and recording leaves its claim to run out; the email is then sent again with
 * the same Message-ID, so a receiver sees one message, never a second one with another id.
 */
@Component
class Delivery {

	private static final Logger log = LoggerFactory.getLogger(Delivery.class);

	private final Outbox outbox;
	private final EmailTemplates templates;
	private final EmailRenderer renderer;
	private final SettingsManagement settings;
	private final ContactManagement contacts;
	private final DeliveryOutcomes outcomes;
	private final DeliveryProperties properties;
	private final String fromAddress;
	private final TransactionTemplate transaction;

	Delivery(Outbox outbox, EmailTemplates templates, EmailRenderer renderer, SettingsManagement settings,
			ContactManagement contacts, DeliveryOutcomes outcomes, DeliveryProperties properties,
			ClienteleProperties clientele, PlatformTransactionManager transactions) {
		this.outbox = outbox;
		this.templates = templates;
		this.renderer = renderer;
		this.settings = settings;
		this.contacts = contacts;
		this.outcomes = outcomes;
		this.properties = properties;
		this.fromAddress = sender(properties.from() != null && !properties.from().isBlank() ? properties.from().strip()
				: "no-reply@" + MailOutbox.host(clientele));
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The sender address, checked at start: a wrong one would fail every email. */
	private static String sender(String address) {
		try {
			new InternetAddress(address, true);
			return address;
		}
		catch (AddressException e) {
			throw new IllegalStateException("clientele.mail.from (CLIENTELE_MAIL_FROM) is not an email address: " + address, e);
		}
	}

	/** Claims, sends and records one batch; answers how many emails it claimed. */
	int deliverBatch(JavaMailSender sender) {
		List<OutboxEmail> claimed = transaction.execute(tx -> outbox.claim(properties.batchSize(), properties.lease()));
		if (claimed == null || claimed.isEmpty()) {
			return 0;
		}
		Map<TemplateKey, EmailTemplate> current = templates.all();
		String companyName = settings.get().companyName();
		Session session = sender.createMimeMessage().getSession();
		List<DeliveryOutcomes.Outcome> results = new ArrayList<>();
		List<Prepared> ready = new ArrayList<>();
		for (OutboxEmail email : claimed) {
			try {
				prepare(email, current.get(email.template()), companyName, session, results, ready);
			}
			catch (Exception e) {
				results.add(DeliveryOutcomes.failed(email, e));
			}
		}
		results.addAll(send(sender, ready));
		outcomes.record(results);
		return claimed.size();
	}

	record Prepared(OutboxEmail email, MimeMessage message, String subject) {
	}

	private void prepare(OutboxEmail email, EmailTemplate template, String companyName, Session session,
			List<DeliveryOutcomes.Outcome> results, List<Prepared> ready) throws Exception {
		if (!template.enabled()) {
			results.add(new DeliveryOutcomes.Cancelled(email, "its template is switched off"));
			return;
		}
		if (email.contactId() != null && contacts.find(email.contactId()).map(c -> !c.active()).orElse(true)) {
			results.add(new DeliveryOutcomes.Cancelled(email, "the contact is archived"));
			return;
		}
		switch (renderer.render(email, template, companyName)) {
			case EmailRenderer.Dead dead -> results.add(new DeliveryOutcomes.Cancelled(email, dead.reason()));
			case EmailRenderer.Refused refused -> results.add(new DeliveryOutcomes.Failed(email, refused.error(), true));
			case EmailRenderer.Ready r -> {
				MimeMessage message = MessageComposer.compose(session, email, r, fromAddress, companyName);
				ready.add(new Prepared(email, message, r.email().subject()));
			}
		}
	}

	/** Sends the batch over one SMTP connection; answers the outcome of each email. */
	private static List<DeliveryOutcomes.Outcome> send(JavaMailSender sender, List<Prepared> batch) {
		if (batch.isEmpty()) {
			return List.of();
		}
		Map<Object, Exception> failed = Map.of();
		try {
			sender.send(batch.stream().map(Prepared::message).toArray(MimeMessage[]::new));
		}
		catch (MailSendException e) {
			failed = e.getFailedMessages();
		}
		catch (MailException e) {
			log.debug("Sending failed for the whole batch", e);
			List<DeliveryOutcomes.Outcome> all = new ArrayList<>();
			batch.forEach(p -> all.add(DeliveryOutcomes.failed(p.email(), e)));
			return all;
		}
		List<DeliveryOutcomes.Outcome> results = new ArrayList<>();
		for (Prepared p : batch) {
			Exception failure = failed.get(p.message());
			results.add(failure == null ? new DeliveryOutcomes.Sent(p.email(), p.subject())
					: DeliveryOutcomes.failed(p.email(), failure));
		}
		return results;
	}
}
