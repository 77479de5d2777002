package app.clientele.notifications;

import java.util.UUID;

import app.clientele.documents.DocumentType;
import app.clientele.platform.Actor;
import app.clientele.staff.NotificationTopic;

/** A document was sent to the contact by email ({@code emailId} in the outbox), under this topic. */
public record DocumentSent(UUID documentId, DocumentType documentType, String documentNumber, UUID contactId,
		UUID emailId, NotificationTopic topic, Actor actor) {
}
