package app.clientele.portal.web;

import java.util.Map;

import app.clientele.platform.ErrorPageModel;
import app.clientele.portal.PortalGate;
import app.clientele.portal.PortalUser;
import app.clientele.staff.SettingsManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The portal's errors ("Page not found" above all) in the portal's own layout, never the console's. */
@Component
class PortalErrorPages implements ErrorPageModel {

	private final PortalGate gate;
	private final SettingsManagement settings;

	PortalErrorPages(PortalGate gate, SettingsManagement settings) {
		this.gate = gate;
		this.settings = settings;
	}

	@Override
	public @Nullable String view(String path, Map<String, Object> model) {
		if (!path.equals("/portal") && !path.startsWith("/portal/")) {
			return null;
		}
		model.put("home", "/portal/");
		model.put("companyName", settings.get().companyName());
		PortalUser user = gate.find();
		if (user != null) {
			model.put("portalUser", user);
		}
		return "portal/error";
	}
}
