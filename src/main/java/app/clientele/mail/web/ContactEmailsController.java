package app.clientele.mail.web;

import java.util.UUID;

import app.clientele.mail.MessageHistory;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The message history on a contact's page: a fragment the page loads with htmx. */
@Controller
class ContactEmailsController {

	private final MessageHistory history;

	ContactEmailsController(MessageHistory history) {
		this.history = history;
	}

	@GetMapping("/contacts/{id}/emails")
	String emails(@PathVariable UUID id, @RequestParam(required = false) @Nullable String after, Model model) {
		model.addAttribute("contactId", id);
		model.addAttribute("emails", history.ofContact(id, PageRequest.of(20, after)));
		return "mail/contact-emails :: emails";
	}
}
