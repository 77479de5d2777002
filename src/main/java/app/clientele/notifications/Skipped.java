package app.clientele.notifications;

import java.util.UUID;

/**
 * A contact a document does not go to, and why: ARCHIVED, NO_EMAIL, DO_NOT_EMAIL, TOPIC_OFF,
 * OTHER_SITE, NOT_PORTAL_USER, NOT_OF_ACCOUNT, TEMPLATE_OFF.
 */
public record Skipped(UUID contactId, String name, String reason) {
}
