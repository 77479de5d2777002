package app.clientele.marketing;

import java.sql.Timestamp;

import app.clientele.contacts.ContactHistory;
import app.clientele.mail.EmailFailed;
import app.clientele.mail.EmailSent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps campaign recipients in step with delivery, and makes campaign history count for the delete rule.
 * <p>
 * Both listeners run after the delivery worker's transaction commits, each in a transaction of
 * its own ({@link ApplicationModuleListener}, kept in the event publication registry until it
 * completes): a recipient's status is a report on delivery, not part of it, so a failure here
 * must not undo the outbox's SENT or FAILED, and is retried from the registry instead. Each
 * update is conditional on the recipient still being QUEUED, so a republished event changes
 * nothing twice.
 */
@Component
class CampaignDeliveries implements ContactHistory {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	CampaignDeliveries(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(EmailSent event) {
		if (event.campaignId() == null) {
			return;
		}
		int rows = jdbc.sql("""
				UPDATE campaign_recipient SET status = 'SENT', sent_at = :at WHERE email_id = :email AND status = 'QUEUED'
				""").param("at", Timestamp.from(event.sentAt())).param("email", event.emailId()).update();
		if (rows == 1 && event.contactId() != null) {
			events.publishEvent(new CampaignSentToContact(event.campaignId(), event.contactId(), event.emailId(),
					event.subject()));
		}
	}

	@ApplicationModuleListener
	void on(EmailFailed event) {
		if (event.campaignId() == null) {
			return;
		}
		jdbc.sql("""
				UPDATE campaign_recipient SET status = 'FAILED', error = :error WHERE email_id = :email AND status = 'QUEUED'
				""").param("error", event.error()).param("email", event.emailId()).update();
	}

	@Override
	public String kind() {
		return "campaign history";
	}

	@Override
	public boolean exists(java.util.UUID contactId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM campaign_recipient WHERE contact_id = :c AND status <> 'SKIPPED')")
				.param("c", contactId).query(Boolean.class).single();
	}
}
