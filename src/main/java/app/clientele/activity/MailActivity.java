package app.clientele.activity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import app.clientele.mail.CredentialLinkShownInMailbox;
import app.clientele.mail.EmailCancelled;
import app.clientele.mail.EmailFailed;
import app.clientele.mail.EmailQueued;
import app.clientele.mail.EmailSent;
import app.clientele.mail.TemplateKey;
import app.clientele.platform.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts a contact's email on its timeline: queued, cancelled, sent, failed, and a credential link
 * read in the Mailbox. Plain listeners, in the transaction that changed the email: an outbox
 * change that rolls back leaves no entry, and no committed one lacks it. Email without a contact
 * (a test email to an address) has no timeline.
 */
@Component
class MailActivity {

	static final String LINK_SHOWN_REASON = "whoever saw it could set this person's password";

	private final ActivityLog log;

	MailActivity(ActivityLog log) {
		this.log = log;
	}

	@EventListener
	void on(EmailQueued event) {
		record(event.contactId(), "EMAIL_QUEUED", event.emailId(), event.template(), event.subject(), Map.of(),
				event.actor());
	}

	@EventListener
	void on(EmailCancelled event) {
		record(event.contactId(), "EMAIL_CANCELLED", event.emailId(), event.template(), event.subject(),
				Map.of("reason", event.reason()), event.actor());
	}

	@EventListener
	void on(EmailSent event) {
		record(event.contactId(), "EMAIL_SENT", event.emailId(), event.template(), event.subject(), Map.of(),
				Actor.SYSTEM);
	}

	@EventListener
	void on(EmailFailed event) {
		record(event.contactId(), "EMAIL_FAILED", event.emailId(), event.template(), event.subject(),
				Map.of("error", event.error()), Actor.SYSTEM);
	}

	@EventListener
	void on(CredentialLinkShownInMailbox event) {
		log.record(event.contactId(), "CREDENTIAL_LINK_SHOWN_IN_MAILBOX", Map.of("emailId", event.emailId().toString(),
				"subject", event.subject(), "reason", LINK_SHOWN_REASON), event.viewer());
	}

	private void record(@Nullable UUID contactId, String type, UUID emailId, TemplateKey template, String subject,
			Map<String, Object> more, Actor actor) {
		if (contactId == null) {
			return;
		}
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("emailId", emailId.toString());
		details.put("template", template.name());
		details.put("subject", subject);
		details.putAll(more);
		log.record(contactId, type, details, actor);
	}
}
