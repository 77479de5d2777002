package app.clientele.notifications;

import java.util.List;

import app.clientele.staff.NotificationTopic;

/** Who a document would go to by the rules, who would not and why, and under which topic. */
public record RecipientSelection(NotificationTopic topic, List<Recipient> preselected, List<Skipped> skipped) {
}
