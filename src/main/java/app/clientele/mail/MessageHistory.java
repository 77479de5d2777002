package app.clientele.mail;

import java.util.UUID;

import app.clientele.contacts.ContactManagement;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each contact's message history: the email queued, sent or failed for it, newest first. */
@Service
public class MessageHistory {

	private final Outbox outbox;
	private final ContactManagement contacts;

	MessageHistory(Outbox outbox, ContactManagement contacts) {
		this.outbox = outbox;
		this.contacts = contacts;
	}

	@Transactional(readOnly = true)
	public Page<EmailSummary> ofContact(UUID contactId, PageRequest page) {
		contacts.get(contactId);
		return Page.of(outbox.ofContact(contactId, page), page.limit(), Outbox::cursorOf).map(OutboxEmail::summary);
	}
}
