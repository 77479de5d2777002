package app.clientele.mail;

import java.util.Locale;
import java.util.Optional;

/** The email templates: one per kind of email Clientele sends. */
public enum TemplateKey {
	WELCOME, PORTAL_INVITATION, SET_PASSWORD, PASSWORD_RESET, SELF_REGISTRATION, LOGIN_REQUEST_APPROVED,
	NOTIFICATION_INVOICE, NOTIFICATION_CREDIT_NOTE, NOTIFICATION_ESTIMATE, NOTIFICATION_TICKET, NOTIFICATION_PROJECT,
	NOTIFICATION_CONTRACT, NOTIFICATION_TASK, NOTIFICATION_SERVICE, NOTIFICATION_PAST_DUE, CAMPAIGN;

	/** The key as written in a URL or by a person: {@code WELCOME}, {@code welcome}, {@code portal-invitation}. */
	public static Optional<TemplateKey> parse(String text) {
		String name = text.strip().replace('-', '_').toUpperCase(Locale.ROOT);
		for (TemplateKey key : values()) {
			if (key.name().equals(name)) {
				return Optional.of(key);
			}
		}
		return Optional.empty();
	}

	/** What people call this template. */
	public String title() {
		return switch (this) {
			case WELCOME -> "Welcome";
			case PORTAL_INVITATION -> "Portal invitation";
			case SET_PASSWORD -> "Set new password";
			case PASSWORD_RESET -> "Password reset";
			case SELF_REGISTRATION -> "Self-registration activation";
			case LOGIN_REQUEST_APPROVED -> "Login request approved";
			case CAMPAIGN -> "Campaign";
			default -> "Notification: " + name().substring("NOTIFICATION_".length()).replace('_', ' ').toLowerCase(Locale.ROOT);
		};
	}

	/** The notification template of a topic ({@code INVOICE} → {@link #NOTIFICATION_INVOICE}). */
	public static TemplateKey notification(app.clientele.staff.NotificationTopic topic) {
		return valueOf("NOTIFICATION_" + topic.name());
	}
}
