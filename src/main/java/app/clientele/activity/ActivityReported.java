package app.clientele.activity;

import java.util.Map;
import java.util.UUID;

import app.clientele.platform.Actor;

/**
 * Something happened to a contact that belongs on its timeline (an email sent, a portal
 * sign-in, a campaign). Other modules publish it inside their own transaction; the entry is
 * written in that same transaction.
 *
 * @param type an upper-case code such as {@code EMAIL_SENT} or {@code PORTAL_SIGNED_IN}
 * @param details what the timeline shows, as simple JSON values
 */
public record ActivityReported(UUID contactId, String type, Map<String, Object> details, Actor actor) {
}
