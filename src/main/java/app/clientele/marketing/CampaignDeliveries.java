package app.clientele.marketing;

import java.util.Map;

import app.clientele.activity.ActivityReported;
import app.clientele.contacts.ContactHistory;
import app.clientele.mail.EmailFailed;
import app.clientele.mail.EmailSent;
import app.clientele.platform.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps campaign recipients in step with delivery, and makes campaign history count for the delete rule. */
@Component
class CampaignDeliveries implements ContactHistory {

	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	CampaignDeliveries(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@EventListener
	@Transactional
	void on(EmailSent event) {
		if (event.campaignId() == null) {
			return;
		}
		jdbc.sql("UPDATE campaign_recipient SET status = 'SENT', sent_at = :at WHERE email_id = :email")
				.param("at", java.sql.Timestamp.from(event.sentAt())).param("email", event.emailId()).update();
		if (event.contactId() != null) {
			events.publishEvent(new ActivityReported(event.contactId(), "CAMPAIGN_SENT",
					Map.of("campaignId", event.campaignId().toString(), "subject", event.subject()), Actor.SYSTEM));
		}
	}

	@EventListener
	@Transactional
	void on(EmailFailed event) {
		if (event.campaignId() == null) {
			return;
		}
		jdbc.sql("UPDATE campaign_recipient SET status = 'FAILED', error = :error WHERE email_id = :email")
				.param("error", event.error()).param("email", event.emailId()).update();
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
