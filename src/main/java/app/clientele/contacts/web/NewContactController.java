package app.clientele.contacts.web;

import java.util.UUID;

import app.clientele.accounts.AccountManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "New contact" from the Contacts page: a contact always belongs to an account, so the account
 * is chosen first (the account picker) and the account's own contact form follows.
 */
@Controller
class NewContactController {

	private final AccountManagement accounts;

	NewContactController(AccountManagement accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/contacts/new")
	String chooseAccount(@RequestParam(required = false) @Nullable UUID accountId,
			@RequestParam(required = false) @Nullable String q, Model model) {
		if (accountId != null) {
			return "redirect:/accounts/" + accounts.get(accountId).id() + "/contacts/new";
		}
		model.addAttribute("section", "contacts");
		model.addAttribute("missing", q != null);
		return "contacts/choose-account";
	}
}
