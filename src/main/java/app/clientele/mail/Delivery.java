package app.clientele.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import app.clientele.contacts.ContactManagement;
import app.clientele.platform.ClienteleProperties;
import app.clientele.staff.SettingsManagement;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One round of delivery: claim a batch (committed at once, so other workers and nodes skip it),
 * render it and send it over one SMTP connection, recording each email as SENT the moment the
 * server accepted it. A node that dies between a send and its record leaves its claim to run
 * out; that one email is then sent again with the same Message-ID, so a receiver sees one
 * message, never a second one with another id.
 */
@Component
class Delivery {

	private static final Logger log = LoggerFactory.getLogger(Delivery.class);

	private final Leases leases;
	private final EmailTemplates templates;
	private final EmailRenderer renderer;
	private final SettingsManagement settings;
	private final ContactManagement contacts;
	private final DeliveryOutcomes outcomes;
	private final String fromAddress;
	private final TransactionTemplate transaction;

	Delivery(Leases leases, EmailTemplates templates, EmailRenderer renderer, SettingsManagement settings,
			ContactManagement contacts, DeliveryOutcomes outcomes, DeliveryProperties properties,
			ClienteleProperties clientele, PlatformTransactionManager transactions) {
		this.leases = leases;
		this.templates = templates;
		this.renderer = renderer;
		this.settings = settings;
		this.contacts = contacts;
		this.outcomes = outcomes;
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

	/**
	 * Claims, sends and records one batch; answers how many emails it claimed. Each email is
	 * recorded as soon as the server accepted it. While {@code going} holds the batch is sent to
	 * its end; once it does not (the node stopping) the emails not yet sent are released.
	 */
	int deliverBatch(JavaMailSender sender, BooleanSupplier going) {
		List<OutboxEmail> claimed = transaction.execute(tx -> leases.claim());
		if (claimed == null || claimed.isEmpty()) {
			return 0;
		}
		try {
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
			record(results);
			send(sender, ready, going);
		}
		finally {
			leases.release(claimed);
		}
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

	/**
	 * Sends the batch over one SMTP connection, recording each email's outcome before the next
	 * goes. An email whose claim was lost (its lease ran out and another node took it) is left alone.
	 */
	private void send(JavaMailSender sender, List<Prepared> batch, BooleanSupplier going) {
		try (SmtpConnection connection = new SmtpConnection(sender)) {
			for (int i = 0; i < batch.size() && going.getAsBoolean(); i++) {
				Prepared p = batch.get(i);
				if (!leases.holds(p.email())) {
					continue;
				}
				try {
					connection.send(p.message());
					record(List.of(new DeliveryOutcomes.Sent(p.email(), p.subject())));
				}
				catch (SmtpConnection.Unreachable e) {
					log.debug("The SMTP server cannot be reached; the rest of the batch fails", e);
					record(batch.subList(i, batch.size()).stream()
							.<DeliveryOutcomes.Outcome>map(r -> DeliveryOutcomes.failed(r.email(), e)).toList());
					return;
				}
				catch (MessagingException | MailException e) {
					record(List.of(DeliveryOutcomes.failed(p.email(), e)));
				}
			}
		}
	}

	private void record(List<DeliveryOutcomes.Outcome> results) {
		if (!results.isEmpty()) {
			outcomes.record(results);
			results.forEach(r -> leases.done(r.email()));
		}
	}
}
