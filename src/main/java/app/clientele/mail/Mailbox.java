package app.clientele.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import app.clientele.platform.Actor;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import app.clientele.staff.SettingsManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The console's Mailbox (ADMIN): the outbox as it is, and each email rendered as it would go
 * out. Without an SMTP server this is where email is read, so that a first-run user can follow
 * an invitation link with no mail server at all. Whoever reads a live credential link here could
 * set that person's password, so each time one is shown it publishes
 * {@link CredentialLinkShownInMailbox}, naming who saw it.
 */
@Service
public class Mailbox {

	/**
	 * How long an email may wait before it counts as stuck: a campaign of 100,000 leaves the outbox
	 * in minutes, and retries of a short SMTP outage fall within it; longer needs someone to look.
	 */
	public static final Duration STUCK_AFTER = Duration.ofHours(1);

	private final Outbox outbox;
	private final EmailTemplates templates;
	private final EmailRenderer renderer;
	private final SettingsManagement settings;
	private final DeliveryWorker worker;
	private final ApplicationEventPublisher events;

	Mailbox(Outbox outbox, EmailTemplates templates, EmailRenderer renderer, SettingsManagement settings,
			DeliveryWorker worker, ApplicationEventPublisher events) {
		this.outbox = outbox;
		this.templates = templates;
		this.renderer = renderer;
		this.settings = settings;
		this.worker = worker;
		this.events = events;
	}

	/** Whether an SMTP server is configured, so that email leaves the outbox. */
	public boolean delivers() {
		return worker.delivers();
	}

	/** The outbox, newest first: of one status, or only the stuck emails, or all. */
	public Page<EmailSummary> list(@Nullable EmailStatus status, boolean stuck, PageRequest page) {
		Instant waitingBefore = stuck ? stuckBefore() : null;
		return Page.of(outbox.recent(status, waitingBefore, page), page.limit(), Outbox::cursorOf)
				.map(OutboxEmail::summary);
	}

	public long count(EmailStatus status) {
		return outbox.count(status);
	}

	/**
	 * Emails still waiting {@link #STUCK_AFTER} after they were queued. Without an SMTP server every
	 * email waits here by design (this is where it is read), so none counts as stuck.
	 */
	public long countStuck() {
		return delivers() ? outbox.countWaitingBefore(stuckBefore()) : 0;
	}

	private static Instant stuckBefore() {
		return Instant.now().minus(STUCK_AFTER);
	}

	/**
	 * The email rendered now. The link of an email still waiting is issued afresh, as on sending;
	 * one that was sent (or ended otherwise) keeps its link: a view must not replace it. A credential
	 * link shown is published in the transaction that stored its token.
	 */
	@Transactional
	public MailboxEmail open(UUID id) {
		OutboxEmail email = outbox.find(id).orElseThrow(() -> new EmailNotFound(id));
		boolean waiting = email.status() == EmailStatus.QUEUED;
		return switch (renderer.render(email, templates.get(email.template()), settings.get().companyName(), waiting)) {
			case EmailRenderer.Ready ready -> {
				if (waiting) {
					reportCredentialLinkShown(email);
				}
				yield new MailboxEmail(email.summary(), email.messageId(), ready.email(), null);
			}
			case EmailRenderer.Dead dead -> new MailboxEmail(email.summary(), email.messageId(), null,
					"This email cannot be shown: " + dead.reason() + ".");
			case EmailRenderer.Refused refused -> new MailboxEmail(email.summary(), email.messageId(), null,
					"This email cannot be shown: " + refused.error() + ".");
		};
	}

	private void reportCredentialLinkShown(OutboxEmail email) {
		LinkRequest link = email.link();
		if (link == null || email.contactId() == null || !renderer.credential(link.purpose())) {
			return;
		}
		events.publishEvent(new CredentialLinkShownInMailbox(email.id(), email.contactId(), email.subject(),
				link.purpose(), link.linkId(), Actor.current()));
	}

	/**
	 * The HTML part alone, for a sandboxed frame. It issues no link (the page around it shows the
	 * one issued for this view): a second link would replace the first.
	 */
	public String html(UUID id) {
		OutboxEmail email = outbox.find(id).orElseThrow(() -> new EmailNotFound(id));
		return switch (renderer.render(email, templates.get(email.template()), settings.get().companyName(), false)) {
			case EmailRenderer.Ready ready -> ready.email().html();
			case EmailRenderer.Dead dead -> Placeholders.escape(dead.reason());
			case EmailRenderer.Refused refused -> Placeholders.escape(refused.error());
		};
	}
}
