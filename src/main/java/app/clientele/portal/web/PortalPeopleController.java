package app.clientele.portal.web;

import app.clientele.platform.PageRequest;
import app.clientele.portal.PortalAdoption;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The contacts at one stage of the portal: invited, activated, signed in this month, or with an expired invitation. */
@Controller
class PortalPeopleController {

	private final PortalAdoption adoption;

	PortalPeopleController(PortalAdoption adoption) {
		this.adoption = adoption;
	}

	@GetMapping("/invited-contacts")
	String people(@RequestParam(defaultValue = "INVITED") PortalAdoption.Stage stage,
			@RequestParam(required = false) @Nullable String after, Model model) {
		model.addAttribute("section", "dashboard");
		model.addAttribute("stage", stage);
		model.addAttribute("stages", PortalAdoption.Stage.values());
		model.addAttribute("people", adoption.people(stage, PageRequest.of(50, after)));
		return "portal/people";
	}
}
