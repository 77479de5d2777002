package app.clientele.contacts.web;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountSummary;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactManagement;
import app.clientele.platform.InvalidInput;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The console's global search: suggestions under the header's search box as staff type, and the
 * page its form opens. Contacts and accounts are found as their own lists find them (archived
 * contacts left out, as the Contacts page does unless asked); every staff role reads both.
 */
@Controller
class SearchController {

	/** Longer than any name, email, phone or account number: nothing to search for, only load. */
	static final int MAX_QUERY = 200;

	private static final int SUGGESTED = 5;
	private static final int LISTED = 10;

	private final ContactManagement contacts;
	private final AccountManagement accounts;

	SearchController(ContactManagement contacts, AccountManagement accounts) {
		this.contacts = contacts;
		this.accounts = accounts;
	}

	@GetMapping("/search/suggestions")
	String suggestions(@RequestParam(required = false) @Nullable String q, Model model) {
		return found(model, q, SUGGESTED, "contacts/global-search :: suggestions");
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) @Nullable String q, Model model) {
		return found(model, q, LISTED, "contacts/global-search");
	}

	private String found(Model model, @Nullable String q, int limit, String view) {
		String term = q == null ? "" : q.strip();
		if (term.length() > MAX_QUERY) {
			throw new InvalidInput("q", "is longer than " + MAX_QUERY + " characters");
		}
		Page<Contact> people = term.isEmpty() ? new Page<>(List.of(), null)
				: contacts.search(term, false, PageRequest.first(limit));
		Page<AccountSummary> companies = term.isEmpty() ? new Page<>(List.of(), null)
				: accounts.search(term, PageRequest.first(limit));
		model.addAttribute("q", term);
		model.addAttribute("contacts", people);
		model.addAttribute("accounts", companies);
		model.addAttribute("accountNames", accounts.names(accountIds(people.items())));
		return view;
	}

	private static Set<UUID> accountIds(List<Contact> contacts) {
		return contacts.stream().map(Contact::accountId).filter(Objects::nonNull).collect(Collectors.toSet());
	}
}
