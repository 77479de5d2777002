package app.clientele.staff;

import java.time.Instant;
import java.util.Set;

import app.clientele.platform.Versioned;

/** The settings of this Clientele, as one versioned document. */
public record Settings(String companyName, boolean companyFirst, boolean welcomeEmailEnabled,
		boolean requestLoginEnabled, boolean notifyOnlyPortalUsers, int invitationTtlHours,
		int passwordResetTtlHours, Set<PortalPermission> defaultPortalPermissions,
		Set<NotificationTopic> defaultNotificationTopics, String defaultPhoneRegion, long version,
		Instant updatedAt) implements Versioned {
}
