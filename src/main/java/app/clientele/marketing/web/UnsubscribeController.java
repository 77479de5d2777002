package app.clientele.marketing.web;

import app.clientele.marketing.Unsubscribes;
import app.clientele.staff.SettingsManagement;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe link of campaign emails. GET only asks (mail scanners follow links); POST
 * unsubscribes, whether it comes from the confirmation button or a mail provider's one-click.
 */
@Controller
class UnsubscribeController {

	private final Unsubscribes unsubscribes;
	private final SettingsManagement settings;

	UnsubscribeController(Unsubscribes unsubscribes, SettingsManagement settings) {
		this.unsubscribes = unsubscribes;
		this.settings = settings;
	}

	@GetMapping("/unsubscribe/{token}")
	String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
		model.addAttribute("companyName", settings.get().companyName());
		var subscriber = unsubscribes.find(token);
		if (subscriber.isEmpty()) {
			response.setStatus(404);
			model.addAttribute("state", "unknown");
		}
		else {
			model.addAttribute("state", subscriber.get().alreadyOut() ? "done" : "ask");
			model.addAttribute("email", subscriber.get().email());
			model.addAttribute("token", token);
		}
		return "marketing/unsubscribe";
	}

	@PostMapping("/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Model model, HttpServletResponse response) {
		model.addAttribute("companyName", settings.get().companyName());
		boolean known = unsubscribes.unsubscribe(token, "link");
		if (!known) {
			response.setStatus(404);
		}
		model.addAttribute("state", known ? "done" : "unknown");
		return "marketing/unsubscribe";
	}
}
