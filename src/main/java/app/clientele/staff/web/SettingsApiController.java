package app.clientele.staff.web;

import java.util.Set;

import app.clientele.platform.IfMatch;
import app.clientele.platform.MergePatch;
import app.clientele.staff.NotificationTopic;
import app.clientele.staff.PortalPermission;
import app.clientele.staff.Settings;
import app.clientele.staff.SettingsManagement;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/settings")
class SettingsApiController {

	private final SettingsManagement settings;
	private final MergePatch mergePatch;

	SettingsApiController(SettingsManagement settings, MergePatch mergePatch) {
		this.settings = settings;
		this.mergePatch = mergePatch;
	}

	/** The editable settings; the target of a merge patch. */
	record SettingsDocument(@NotNull String companyName, @NotNull Boolean companyFirst,
			@NotNull Boolean welcomeEmailEnabled, @NotNull Boolean requestLoginEnabled,
			@NotNull Boolean notifyOnlyPortalUsers, @NotNull Integer invitationTtlHours,
			@NotNull Integer passwordResetTtlHours, @NotNull Set<PortalPermission> defaultPortalPermissions,
			@NotNull Set<NotificationTopic> defaultNotificationTopics, @NotNull String defaultPhoneRegion) {

		static SettingsDocument of(Settings s) {
			return new SettingsDocument(s.companyName(), s.companyFirst(), s.welcomeEmailEnabled(),
					s.requestLoginEnabled(), s.notifyOnlyPortalUsers(), s.invitationTtlHours(),
					s.passwordResetTtlHours(), s.defaultPortalPermissions(), s.defaultNotificationTopics(),
					s.defaultPhoneRegion());
		}

		Settings applyTo(Settings current) {
			return new Settings(companyName, companyFirst, welcomeEmailEnabled, requestLoginEnabled,
					notifyOnlyPortalUsers, invitationTtlHours, passwordResetTtlHours, defaultPortalPermissions,
					defaultNotificationTopics, defaultPhoneRegion, current.version(), current.updatedAt());
		}
	}

	@GetMapping
	Settings get() {
		return settings.get();
	}

	@PatchMapping(consumes = { "application/merge-patch+json", "application/json" })
	Settings patch(@RequestBody JsonNode patch,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch) {
		Settings current = settings.get();
		IfMatch expected = IfMatch.of(ifMatch);
		expected.check("The settings", current.version());
		SettingsDocument changed = mergePatch.apply(SettingsDocument.of(current), patch, SettingsDocument.class);
		return settings.update(changed.applyTo(current),
				expected.version() == null ? IfMatch.version(current.version()) : expected);
	}
}
