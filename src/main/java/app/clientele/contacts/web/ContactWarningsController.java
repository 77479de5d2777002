package app.clientele.contacts.web;

import java.util.UUID;

import app.clientele.contacts.ContactManagement;
import app.clientele.contacts.SharedMailboxes;
import app.clientele.contacts.Warning;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The warnings the contact form shows as staff type: likely duplicates and shared mailboxes. */
@Controller
class ContactWarningsController {

	private final ContactManagement contacts;

	ContactWarningsController(ContactManagement contacts) {
		this.contacts = contacts;
	}

	/** The live duplicate and shared-mailbox warning of the contact form (htmx, as staff type). */
	@GetMapping("/contacts/duplicate-check")
	String duplicateCheck(@RequestParam(required = false) @Nullable UUID accountId,
			@RequestParam(required = false) @Nullable UUID contactId,
			@RequestParam(required = false) @Nullable String firstName,
			@RequestParam(required = false) @Nullable String lastName,
			@RequestParam(required = false) @Nullable String email,
			@RequestParam(name = "phones[0].number", required = false) @Nullable String phone, Model model) {
		model.addAttribute("candidates",
				contacts.duplicates(accountId, firstName, lastName, email, phone, contactId));
		model.addAttribute("sharedEmail", SharedMailboxes.isShared(email) ? Warning.sharedEmail(email) : null);
		return "contacts/fragments :: warnings";
	}
}
