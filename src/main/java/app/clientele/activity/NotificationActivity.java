package app.clientele.activity;

import java.util.LinkedHashMap;
import java.util.Map;

import app.clientele.notifications.DocumentSent;
import app.clientele.notifications.NotificationTopicsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts notifications on a contact's timeline: documents sent to it, its topics switched. Plain
 * listeners, in the transaction of the send or the change itself.
 */
@Component
class NotificationActivity {

	private final ActivityLog log;

	NotificationActivity(ActivityLog log) {
		this.log = log;
	}

	@EventListener
	void on(DocumentSent event) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("documentId", event.documentId().toString());
		details.put("documentType", event.documentType().name());
		details.put("documentNumber", event.documentNumber());
		details.put("topic", event.topic().name());
		log.record(event.contactId(), "DOCUMENT_SENT", details, event.actor());
	}

	@EventListener
	void on(NotificationTopicsChanged event) {
		Map<String, Object> details = new LinkedHashMap<>();
		event.changes().forEach((topic, enabled) -> details.put(topic.name(), enabled));
		log.record(event.contactId(), "NOTIFICATION_TOPICS_CHANGED", details, event.actor());
	}
}
