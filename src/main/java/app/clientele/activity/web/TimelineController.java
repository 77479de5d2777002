package app.clientele.activity.web;

import java.util.UUID;

import app.clientele.activity.ActivityKind;
import app.clientele.activity.ActivityLog;
import app.clientele.platform.FormErrors;
import app.clientele.platform.PageRequest;
import app.clientele.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The timeline of a contact page: a fragment the contact page loads with htmx, and the comment
 * box under it. Served by this module so that contacts need not know activity.
 */
@Controller
class TimelineController {

	private final ActivityLog log;

	TimelineController(ActivityLog log) {
		this.log = log;
	}

	/** The timeline, or only the entries of one kind ({@code kind=comments}, emails, portal, changes). */
	@GetMapping("/contacts/{id}/timeline")
	String timeline(@PathVariable UUID id, @RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable String kind, Model model) {
		ActivityKind filter = ActivityKind.parse(kind);
		model.addAttribute("contactId", id);
		model.addAttribute("kind", filter);
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("entries", log.timeline(id, filter, PageRequest.of(25, after)));
		model.addAttribute("errors", FormErrors.none());
		return "activity/timeline :: timeline";
	}

	@PostMapping("/contacts/{id}/comments")
	String comment(@PathVariable UUID id, @RequestParam(required = false) @Nullable String text,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		try {
			log.comment(id, text == null ? "" : text);
		}
		catch (ProblemException e) {
			model.addAttribute("errors", FormErrors.of(e));
			model.addAttribute("contactId", id);
			model.addAttribute("kind", null);
			model.addAttribute("kinds", ActivityKind.values());
			model.addAttribute("entries", log.timeline(id, PageRequest.of(25, null)));
			model.addAttribute("text", text);
			return "activity/timeline :: timeline";
		}
		return htmx != null ? timeline(id, null, null, model) : "redirect:/contacts/" + id;
	}
}
