package app.clientele.staff;

import java.time.Instant;
import java.util.Set;

import app.clientele.platform.Versioned;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The settings of this Clientele, as one versioned document. */
public record Settings(
		@NotBlank(message = NAME_RULE) @Size(max = 200, message = NAME_RULE) String companyName,
		boolean companyFirst, boolean welcomeEmailEnabled, boolean requestLoginEnabled, boolean notifyOnlyPortalUsers,
		@Min(value = 1, message = TTL_RULE) @Max(value = 720, message = TTL_RULE) int invitationTtlHours,
		@Min(value = 1, message = TTL_RULE) @Max(value = 720, message = TTL_RULE) int passwordResetTtlHours,
		@NotNull(message = LIST_RULE) Set<PortalPermission> defaultPortalPermissions,
		@NotNull(message = LIST_RULE) Set<NotificationTopic> defaultNotificationTopics,
		@PhoneRegion String defaultPhoneRegion, long version, Instant updatedAt) implements Versioned {

	static final String NAME_RULE = "is required (at most 200 characters)";
	static final String TTL_RULE = "must be between 1 and 720";
	static final String LIST_RULE = "must be a list (it may be empty)";
}
