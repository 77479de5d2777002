package app.clientele.staff.web;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import app.clientele.platform.FormErrors;
import app.clientele.platform.IfMatch;
import app.clientele.platform.ProblemException;
import app.clientele.staff.NotificationTopic;
import app.clientele.staff.PortalPermission;
import app.clientele.staff.Settings;
import app.clientele.staff.SettingsManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The console's settings page (ADMIN). */
@Controller
class SettingsController {

	private final SettingsManagement settings;

	SettingsController(SettingsManagement settings) {
		this.settings = settings;
	}

	/** Checkboxes that are not ticked are simply absent from a form post, hence the nullable booleans. */
	record SettingsForm(@Nullable String companyName, @Nullable Boolean companyFirst,
			@Nullable Boolean welcomeEmailEnabled, @Nullable Boolean requestLoginEnabled,
			@Nullable Boolean notifyOnlyPortalUsers, @Nullable Integer invitationTtlHours,
			@Nullable Integer passwordResetTtlHours, @Nullable Set<PortalPermission> defaultPortalPermissions,
			@Nullable Set<NotificationTopic> defaultNotificationTopics, @Nullable String defaultPhoneRegion,
			long version) {

		static SettingsForm of(Settings s) {
			return new SettingsForm(s.companyName(), s.companyFirst(), s.welcomeEmailEnabled(),
					s.requestLoginEnabled(), s.notifyOnlyPortalUsers(), s.invitationTtlHours(),
					s.passwordResetTtlHours(), s.defaultPortalPermissions(), s.defaultNotificationTopics(),
					s.defaultPhoneRegion(), s.version());
		}

		Settings toSettings(Settings current) {
			return new Settings(companyName == null ? "" : companyName, Boolean.TRUE.equals(companyFirst),
					Boolean.TRUE.equals(welcomeEmailEnabled), Boolean.TRUE.equals(requestLoginEnabled),
					Boolean.TRUE.equals(notifyOnlyPortalUsers), invitationTtlHours == null ? 0 : invitationTtlHours,
					passwordResetTtlHours == null ? 0 : passwordResetTtlHours,
					defaultPortalPermissions == null ? EnumSet.noneOf(PortalPermission.class) : defaultPortalPermissions,
					defaultNotificationTopics == null ? EnumSet.noneOf(NotificationTopic.class) : defaultNotificationTopics,
					defaultPhoneRegion == null ? "" : defaultPhoneRegion, current.version(), current.updatedAt());
		}
	}

	@GetMapping("/settings")
	String show(Model model) {
		return page(model, SettingsForm.of(settings.get()), FormErrors.none(), false);
	}

	@PostMapping("/settings")
	String save(@ModelAttribute SettingsForm form, Model model) {
		try {
			Settings saved = settings.update(form.toSettings(settings.get()), IfMatch.version(form.version()));
			return page(model, SettingsForm.of(saved), FormErrors.none(), true);
		}
		catch (ProblemException e) {
			return page(model, form, FormErrors.of(e), false);
		}
	}

	private String page(Model model, SettingsForm form, Map<String, String> errors, boolean saved) {
		model.addAttribute("section", "settings");
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("saved", saved);
		model.addAttribute("permissions", PortalPermission.values());
		model.addAttribute("topics", NotificationTopic.values());
		return "staff/settings";
	}
}
