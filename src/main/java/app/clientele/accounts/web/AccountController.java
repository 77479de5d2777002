package app.clientele.accounts.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import app.clientele.accounts.Account;
import app.clientele.accounts.AccountClassManagement;
import app.clientele.accounts.AccountCustomFields;
import app.clientele.accounts.AccountDetails;
import app.clientele.accounts.AccountId;
import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountStatus;
import app.clientele.accounts.SiteDetails;
import app.clientele.accounts.SiteId;
import app.clientele.fields.CustomFieldForms;
import app.clientele.fields.CustomFieldRules;
import app.clientele.platform.AddressType;
import app.clientele.platform.FormErrors;
import app.clientele.platform.IfMatch;
import app.clientele.platform.InvalidInput;
import app.clientele.platform.PageRequest;
import app.clientele.platform.PostalAddress;
import app.clientele.platform.PostalAddresses;
import app.clientele.platform.ProblemException;
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

/** Console pages of accounts: the list with search, the account page with its tabs, the forms. */
@Controller
class AccountController {

	private final AccountManagement accounts;
	private final AccountClassManagement classes;
	private final MessageSource messages;
	private final AccountCustomFields customFields;

	AccountController(AccountManagement accounts, AccountClassManagement classes, MessageSource messages,
			AccountCustomFields customFields) {
		this.customFields = customFields;
		this.accounts = accounts;
		this.classes = classes;
		this.messages = messages;
	}

	record AccountForm(@Nullable String name, @Nullable String number, @Nullable String accountClassId,
			@Nullable AccountStatus status, @Nullable Long version, @Nullable BillingForm billingAddress) {

		static AccountForm empty() {
			return new AccountForm("", "", "", AccountStatus.ACTIVE, null, null);
		}

		static AccountForm of(Account a) {
			return new AccountForm(a.name(), a.number(), a.accountClassId() == null ? "" : a.accountClassId().toString(),
					a.status(), a.version(), a.billingAddress() == null ? null : BillingForm.of(a.billingAddress()));
		}

		AccountDetails details() {
			UUID cls;
			try {
				cls = accountClassId == null || accountClassId.isBlank() ? null : UUID.fromString(accountClassId);
			}
			catch (IllegalArgumentException e) {
				throw new InvalidInput("accountClassId", "is not an account class");
			}
			return new AccountDetails(name == null ? "" : name, number, cls,
					status == null ? AccountStatus.ACTIVE : status, billingAddress == null ? null : billingAddress.address());
		}
	}

	/** The billing address on the account form: street lines in one text area, the country picked by name. */
	record BillingForm(@Nullable String lines, @Nullable String city, @Nullable String region, @Nullable String postcode,
			@Nullable String country) {

		static BillingForm of(PostalAddress a) {
			return new BillingForm(String.join("\n", a.lines()), a.city(), a.region(), a.postcode(),
					a.country() == null ? null : PostalAddresses.countryName(a.country(), Locale.ENGLISH));
		}

		/** Null when nothing but perhaps the country was filled in: no billing address. */
		@Nullable PostalAddress address() {
			if (Stream.of(lines, city, region, postcode).allMatch(s -> s == null || s.isBlank())) {
				return null;
			}
			return new PostalAddress(AddressType.BILLING, lines == null ? List.of() : List.of(lines.split("\\R")), city,
					region, postcode, PostalAddresses.countryCode(country));
		}
	}

	record SiteForm(@Nullable String name, @Nullable String address) {

		SiteDetails details() {
			return new SiteDetails(name == null ? "" : name, address);
		}
	}

	@GetMapping("/accounts")
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String after,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("section", "accounts");
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("accounts", accounts.search(q, PageRequest.of(25, after)));
		return htmx != null ? "accounts/list :: results" : "accounts/list";
	}

	/**
	 * The account picker of other pages' forms (move a contact, approve a login request): accounts
	 * matching what staff type, as radio buttons named {@code field}.
	 */
	@GetMapping("/accounts/picker")
	String picker(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "accountId") String field, Model model) {
		model.addAttribute("field", field.matches("[A-Za-z]{1,40}") ? field : "accountId");
		model.addAttribute("accounts", q == null || q.isBlank() ? java.util.List.of()
				: accounts.search(q, PageRequest.of(8, null)).items());
		model.addAttribute("q", q == null ? "" : q);
		return "accounts/picker :: options";
	}

	@GetMapping("/accounts/new")
	String newAccount(Model model) {
		return form(model, null, AccountForm.empty(), FormErrors.none());
	}

	@PostMapping("/accounts")
	String create(@ModelAttribute AccountForm form, @RequestParam MultiValueMap<String, String> params, Model model) {
		CustomFieldRules rules = customFields.rules();
		Map<String, String> typed = CustomFieldForms.typed(rules, params);
		model.addAttribute("customValues", typed);
		try {
			Account account = customFields.create(form.details(), rules.fromText(typed));
			return "redirect:/accounts/" + account.id();
		}
		catch (ProblemException e) {
			return form(model, null, form, FormErrors.of(e));
		}
	}

	@GetMapping("/accounts/{id}")
	String overview(@PathVariable UUID id, Model model) {
		Account account = accounts.get(id);
		header(model, account, "overview");
		model.addAttribute("accountClass", account.accountClassId() == null ? null : classes.get(account.accountClassId()));
		model.addAttribute("siteCount", accounts.allSites(id).size());
		CustomFieldRules rules = customFields.rules();
		model.addAttribute("customFields", rules.fields());
		model.addAttribute("customShown", CustomFieldForms.shown(rules, customFields.of(id)));
		return "accounts/overview";
	}

	@GetMapping("/accounts/{id}/edit")
	String edit(@PathVariable UUID id, Model model) {
		model.addAttribute("customValues", CustomFieldForms.texts(customFields.rules(), customFields.of(id)));
		return form(model, id, AccountForm.of(accounts.get(id)), FormErrors.none());
	}

	@PostMapping("/accounts/{id}")
	String update(@PathVariable UUID id, @ModelAttribute AccountForm form,
			@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
		CustomFieldRules rules = customFields.rules();
		Map<String, String> typed = CustomFieldForms.typed(rules, params);
		model.addAttribute("customValues", typed);
		try {
			Account saved = customFields.update(id, form.details(), rules.fromText(typed),
					form.version() == null ? IfMatch.ANY : IfMatch.version(form.version()));
			redirect.addFlashAttribute("flash", say("contact.flash.accountSaved", saved.name()));
			return "redirect:/accounts/" + id;
		}
		catch (ProblemException e) {
			return form(model, id, form, FormErrors.of(e));
		}
	}

	@GetMapping("/accounts/{id}/sites")
	String sites(@PathVariable UUID id, Model model) {
		return sitesPage(model, id, new SiteForm("", ""), FormErrors.none());
	}

	@PostMapping("/accounts/{id}/sites")
	String addSite(@PathVariable UUID id, @ModelAttribute SiteForm form, Model model, RedirectAttributes redirect) {
		try {
			accounts.addSite(id, form.details());
			redirect.addFlashAttribute("flash", say("contact.flash.siteAdded", form.details().name()));
			return "redirect:/accounts/" + id + "/sites";
		}
		catch (ProblemException e) {
			return sitesPage(model, id, form, FormErrors.of(e));
		}
	}

	@PostMapping("/accounts/{id}/sites/{siteId}")
	String updateSite(@PathVariable UUID id, @PathVariable UUID siteId, @ModelAttribute SiteForm form, Model model,
			RedirectAttributes redirect) {
		try {
			accounts.updateSite(new AccountId(id), new SiteId(siteId), form.details(), IfMatch.ANY);
			redirect.addFlashAttribute("flash", say("contact.flash.siteSaved", form.details().name()));
			return "redirect:/accounts/" + id + "/sites";
		}
		catch (ProblemException e) {
			return sitesPage(model, id, new SiteForm("", ""), FormErrors.of(e));
		}
	}

	private String sitesPage(Model model, UUID id, SiteForm form, Map<String, String> errors) {
		header(model, accounts.get(id), "sites");
		model.addAttribute("sites", accounts.allSites(id));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "accounts/sites";
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private void header(Model model, Account account, String tab) {
		model.addAttribute("section", "accounts");
		model.addAttribute("account", account);
		model.addAttribute("tab", tab);
	}

	private String form(Model model, @Nullable UUID id, AccountForm form, Map<String, String> errors) {
		model.addAttribute("section", "accounts");
		model.addAttribute("accountId", id);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("classes", classes.list());
		model.addAttribute("statuses", AccountStatus.values());
		CustomFieldRules rules = customFields.rules();
		model.addAttribute("customFields", rules.fields());
		if (!model.containsAttribute("customValues")) {
			model.addAttribute("customValues", CustomFieldForms.defaults(rules));
		}
		model.addAttribute("countries", PostalAddresses.countries(Locale.ENGLISH).values());
		return "accounts/form";
	}
}
