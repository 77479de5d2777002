package app.clientele.notifications.web;

import java.util.EnumMap;
import java.util.List;

import app.clientele.notifications.NotificationPreferences;
import app.clientele.portal.PortalGate;
import app.clientele.portal.PortalUser;
import app.clientele.staff.NotificationTopic;
import app.clientele.staff.SettingsManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The portal page where contacts choose their own email notifications. */
@Controller
class PortalTopicsController {

	private final NotificationPreferences preferences;
	private final PortalGate gate;
	private final SettingsManagement settings;

	PortalTopicsController(NotificationPreferences preferences, PortalGate gate, SettingsManagement settings) {
		this.preferences = preferences;
		this.gate = gate;
		this.settings = settings;
	}

	@GetMapping("/portal/notifications")
	String page(Model model) {
		PortalUser user = gate.current();
		model.addAttribute("portalUser", user);
		model.addAttribute("companyName", settings.get().companyName());
		model.addAttribute("topics", preferences.topics(user.contactId()));
		return "notifications/portal-topics";
	}

	@PostMapping("/portal/notifications")
	String save(@RequestParam(required = false) @Nullable List<NotificationTopic> on, Model model) {
		PortalUser user = gate.requireWritable();
		var changes = new EnumMap<NotificationTopic, Boolean>(NotificationTopic.class);
		for (NotificationTopic t : NotificationTopic.values()) {
			changes.put(t, on != null && on.contains(t));
		}
		preferences.update(user.contactId(), changes);
		return "redirect:/portal/notifications?saved";
	}
}
