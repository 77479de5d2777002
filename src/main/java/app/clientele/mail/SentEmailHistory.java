package app.clientele.mail;

import java.util.UUID;

import app.clientele.contacts.ContactHistory;
import org.springframework.stereotype.Component;

/** Email sent to a contact (or going out right now) is history: such a contact is archived, not deleted. */
@Component
class SentEmailHistory implements ContactHistory {

	private final Outbox outbox;

	SentEmailHistory(Outbox outbox) {
		this.outbox = outbox;
	}

	@Override
	public String kind() {
		return "sent email";
	}

	@Override
	public boolean exists(UUID contactId) {
		return outbox.sentTo(contactId);
	}
}
