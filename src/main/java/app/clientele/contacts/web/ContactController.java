package app.clientele.contacts.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.accounts.Account;
import app.clientele.accounts.AccountManagement;
import app.clientele.contacts.BusinessRole;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactFilter;
import app.clientele.contacts.ContactManagement;
import app.clientele.contacts.DuplicateCandidate;
import app.clientele.contacts.DuplicateContact;
import app.clientele.contacts.DuplicatePair;
import app.clientele.contacts.DuplicateScans;
import app.clientele.contacts.EmailLabel;
import app.clientele.contacts.PhoneType;
import app.clientele.contacts.PreferredChannel;
import app.clientele.contacts.SharedMailboxes;
import app.clientele.contacts.Stage;
import app.clientele.contacts.Warning;
import app.clientele.platform.AddressType;
import app.clientele.platform.FormErrors;
import app.clientele.platform.IfMatch;
import app.clientele.platform.PageRequest;
import app.clientele.platform.PostalAddresses;
import app.clientele.platform.ProblemException;
import app.clientele.staff.PortalAccessManagers;
import app.clientele.staff.PortalPermission;
import app.clientele.staff.SettingsManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console pages of contacts: the account's Contacts tab, the contact modal and page, search. What
 * staff do from the contact page is in {@link ContactActionsController}.
 */
@Controller
class ContactController {

	private final ContactManagement contacts;
	private final AccountManagement accounts;
	private final SettingsManagement settings;
	private final MessageSource messages;
	private final DuplicateScans duplicates;
	private final DuplicateWords duplicateWords;
	private final PhoneDisplay phones;
	private final CustomFieldInputs customInputs;
	private final FilterChipMaker chips;

	ContactController(ContactManagement contacts, AccountManagement accounts, SettingsManagement settings,
			MessageSource messages, DuplicateScans duplicates, DuplicateWords duplicateWords, PhoneDisplay phones,
			CustomFieldInputs customInputs, FilterChipMaker chips) {
		this.customInputs = customInputs;
		this.chips = chips;
		this.contacts = contacts;
		this.accounts = accounts;
		this.settings = settings;
		this.messages = messages;
		this.duplicates = duplicates;
		this.duplicateWords = duplicateWords;
		this.phones = phones;
	}

	@GetMapping("/accounts/{id}/contacts")
	String ofAccount(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(required = false) @Nullable String after, Model model) {
		return tab(model, accounts.get(id), ContactFilter.of(id, null, params), after,
				ContactForm.empty(settings.get().defaultPortalPermissions()), FormErrors.none(), List.of(), false);
	}

	@GetMapping("/accounts/{id}/contacts/new")
	String newContact(@PathVariable UUID id, Model model) {
		form(model, accounts.get(id), ContactForm.empty(settings.get().defaultPortalPermissions()), FormErrors.none(), List.of(), false);
		return "contacts/new";
	}

	@PostMapping("/accounts/{id}/contacts")
	String create(@PathVariable UUID id, @ModelAttribute ContactForm form,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		Account account = accounts.get(id);
		Map<String, String> custom = customInputs.typed(params);
		model.addAttribute("customValues", custom);
		try {
			Contact created = contacts.create(id, form.newContact(customInputs.values(custom)));
			redirect.addFlashAttribute("flash", say("contact.flash.created", created.name()));
			return "redirect:/contacts/" + created.id() + "?created";
		}
		catch (DuplicateContact e) {
			form(model, account, form, FormErrors.of(e), e.candidates(),
					Boolean.TRUE.equals(e.properties().get("confirmable")));
			return "contacts/new";
		}
		catch (ProblemException e) {
			form(model, account, form, errors(form, e), List.of(), false);
			return "contacts/new";
		}
	}

	@GetMapping("/contacts")
	String search(@RequestParam(required = false) @Nullable String q, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(required = false) @Nullable String after,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("section", "contacts");
		model.addAttribute("q", q == null ? "" : q);
		ContactFilter filter = ContactFilter.of(null, q, params);
		model.addAttribute("filters", chips.of(filter, "/contacts", null));
		var page = contacts.list(filter, PageRequest.of(25, after));
		model.addAttribute("contacts", page);
		model.addAttribute("accountNames", accounts.names(accountIds(page.items())));
		return htmx != null ? "contacts/search :: results" : "contacts/search";
	}

	/** The contact page; {@code kind} filters its timeline as the timeline's own links do. */
	@GetMapping("/contacts/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable String kind, Model model) {
		Contact contact = contacts.get(id);
		model.addAttribute("section", "contacts");
		model.addAttribute("contact", contact);
		model.addAttribute("account", contact.accountId() == null ? null : accounts.get(contact.accountId()));
		model.addAttribute("sites", contact.accountId() == null ? List.of() : accounts.allSites(contact.accountId()));
		model.addAttribute("portalStatus", contacts.portalStatuses(List.of(id)).getOrDefault(id, "NOT_INVITED"));
		model.addAttribute("kind", kind == null || kind.isBlank() ? null : kind);
		model.addAttribute("errors", FormErrors.none());
		List<DuplicatePair> possible = duplicates.of(id);
		model.addAttribute("possibleDuplicates", possible);
		model.addAttribute("duplicateWords", duplicateWords.of(possible));
		customInputs.shown(model, contact);
		return "contacts/contact";
	}

	@GetMapping("/contacts/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		Contact contact = contacts.get(id);
		model.addAttribute("customValues", customInputs.of(contact));
		editForm(model, contact, ContactForm.of(contact, phones), FormErrors.none());
		return "contacts/edit";
	}

	@PostMapping("/contacts/{id}")
	String update(@PathVariable UUID id, @ModelAttribute ContactForm form,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		Contact contact = contacts.get(id);
		Map<String, String> custom = customInputs.typed(params);
		model.addAttribute("customValues", custom);
		try {
			Contact saved = contacts.update(id, form.details().withCustomFields(customInputs.values(custom)), form.primary() != null && form.primary() ? true : null,
					Boolean.TRUE.equals(form.active()), form.version() == null ? IfMatch.ANY : IfMatch.version(form.version()));
			redirect.addFlashAttribute("flash", say("contact.flash.saved", saved.name()));
			return "redirect:/contacts/" + id;
		}
		catch (ProblemException e) {
			editForm(model, contact, form, errors(form, e));
			return "contacts/edit";
		}
	}

	private String tab(Model model, Account account, ContactFilter filter, @Nullable String after, ContactForm form,
			Map<String, String> errors, List<DuplicateCandidate> candidates, boolean confirmable) {
		model.addAttribute("section", "accounts");
		model.addAttribute("account", account);
		model.addAttribute("tab", "contacts");
		model.addAttribute("filters", chips.of(filter, "/accounts/" + account.id() + "/contacts", account.id()));
		var page = contacts.list(filter, PageRequest.of(50, after));
		model.addAttribute("contacts", page);
		model.addAttribute("portalStatuses", contacts.portalStatuses(page.items().stream().map(Contact::id).toList()));
		form(model, account, form, errors, candidates, confirmable);
		return "contacts/account-contacts";
	}

	private void form(Model model, Account account, ContactForm form, Map<String, String> errors,
			List<DuplicateCandidate> candidates, boolean confirmable) {
		model.addAttribute("section", "accounts");
		model.addAttribute("account", account);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("candidates", candidates);
		model.addAttribute("confirmable", confirmable);
		model.addAttribute("sharedEmail", SharedMailboxes.isShared(form.email()) ? Warning.sharedEmail(form.email()) : null);
		// Every role adds contacts; only a role that manages portal access sees the portal section.
		model.addAttribute("mayManagePortal", PortalAccessManagers.currentUserIsOne());
		options(model, account.id());
	}

	private void editForm(Model model, Contact contact, ContactForm form, Map<String, String> errors) {
		model.addAttribute("section", "contacts");
		model.addAttribute("contact", contact);
		model.addAttribute("account", contact.accountId() == null ? null : accounts.get(contact.accountId()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("candidates", List.of());
		model.addAttribute("confirmable", false);
		model.addAttribute("sharedEmail", null);
		options(model, contact.accountId());
	}

	private void options(Model model, @Nullable UUID accountId) {
		model.addAttribute("sites", accountId == null ? List.of() : accounts.allSites(accountId));
		model.addAttribute("roles", BusinessRole.values());
		model.addAttribute("stages", Stage.values());
		model.addAttribute("phoneTypes", PhoneType.values());
		model.addAttribute("channels", PreferredChannel.values());
		model.addAttribute("portalPermissions", PortalPermission.values());
		if (!model.containsAttribute("customValues")) {
			model.addAttribute("customValues", customInputs.defaults());
		}
		model.addAttribute("customFields", customInputs.fields());
		model.addAttribute("emailLabels", EmailLabel.values());
		model.addAttribute("addressTypes", AddressType.values());
		model.addAttribute("countries", PostalAddresses.countries(Locale.ENGLISH).values());
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static Map<String, String> errors(ContactForm form, ProblemException e) {
		Map<String, String> errors = new LinkedHashMap<>();
		FormErrors.of(e).forEach((field, message) -> errors.putIfAbsent(form.formField(field), message));
		return errors;
	}

	private static Set<UUID> accountIds(List<Contact> contacts) {
		return contacts.stream().map(Contact::accountId).filter(java.util.Objects::nonNull)
				.collect(java.util.stream.Collectors.toSet());
	}
}
