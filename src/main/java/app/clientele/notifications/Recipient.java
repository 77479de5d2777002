package app.clientele.notifications;

import java.util.UUID;

/** A contact a document goes to. */
public record Recipient(UUID contactId, String name, String email) {
}
