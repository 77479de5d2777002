package app.clientele.notifications;

import java.util.Map;
import java.util.UUID;

import app.clientele.platform.Actor;
import app.clientele.staff.NotificationTopic;

/** Staff switched some of the contact's notification topics on ({@code true}) or off ({@code false}). */
public record NotificationTopicsChanged(UUID contactId, Map<NotificationTopic, Boolean> changes, Actor actor) {
}
