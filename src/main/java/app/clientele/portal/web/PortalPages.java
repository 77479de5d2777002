package app.clientele.portal.web;

import app.clientele.platform.FormErrors;
import app.clientele.platform.PasswordPolicy;
import app.clientele.portal.PortalGate;
import app.clientele.staff.SettingsManagement;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** What every portal page shows: the company, who is signed in, the password rules and the form's errors. */
@Component
class PortalPages {

	private final PortalGate gate;
	private final SettingsManagement settings;

	PortalPages(PortalGate gate, SettingsManagement settings) {
		this.gate = gate;
		this.settings = settings;
	}

	String page(Model model, String view) {
		model.addAttribute("companyName", settings.get().companyName());
		model.addAttribute("portalUser", gate.find());
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		model.addAttribute("suggestedLength", PasswordPolicy.SUGGESTED_LENGTH);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", FormErrors.none());
		}
		return view;
	}
}
