package app.clientele.accounts.web;

import java.util.Map;
import java.util.UUID;

import app.clientele.accounts.AccountClass;
import app.clientele.accounts.AccountClassDetails;
import app.clientele.accounts.AccountClassManagement;
import app.clientele.platform.FormErrors;
import app.clientele.platform.IfMatch;
import app.clientele.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Console pages of account classes (ADMIN). */
@Controller
class AccountClassController {

	private final AccountClassManagement classes;

	AccountClassController(AccountClassManagement classes) {
		this.classes = classes;
	}

	record ClassForm(@Nullable String name, @Nullable Boolean portalEnabled, @Nullable Boolean autoSendPortalInvite,
			@Nullable Boolean allowInvoiceVerifiedSelfRegistration, @Nullable Long version) {

		static ClassForm empty() {
			return new ClassForm("", true, false, false, null);
		}

		static ClassForm of(AccountClass c) {
			return new ClassForm(c.name(), c.portalEnabled(), c.autoSendPortalInvite(),
					c.allowInvoiceVerifiedSelfRegistration(), c.version());
		}

		AccountClassDetails details() {
			return new AccountClassDetails(name == null ? "" : name, Boolean.TRUE.equals(portalEnabled),
					Boolean.TRUE.equals(autoSendPortalInvite), Boolean.TRUE.equals(allowInvoiceVerifiedSelfRegistration));
		}
	}

	@GetMapping("/account-classes")
	String list(Model model) {
		return page(model, null, ClassForm.empty(), FormErrors.none());
	}

	@PostMapping("/account-classes")
	String create(@ModelAttribute ClassForm form, Model model) {
		try {
			classes.create(form.details());
			return "redirect:/account-classes";
		}
		catch (ProblemException e) {
			return page(model, null, form, FormErrors.of(e));
		}
	}

	@GetMapping("/account-classes/{id}")
	String edit(@PathVariable UUID id, Model model) {
		return page(model, id, ClassForm.of(classes.get(id)), FormErrors.none());
	}

	@PostMapping("/account-classes/{id}")
	String update(@PathVariable UUID id, @ModelAttribute ClassForm form, Model model) {
		try {
			classes.update(id, form.details(), form.version() == null ? IfMatch.ANY : IfMatch.version(form.version()));
			return "redirect:/account-classes";
		}
		catch (ProblemException e) {
			return page(model, id, form, FormErrors.of(e));
		}
	}

	private String page(Model model, @Nullable UUID editing, ClassForm form, Map<String, String> errors) {
		model.addAttribute("section", "account-classes");
		model.addAttribute("classes", classes.list());
		model.addAttribute("editing", editing);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "accounts/classes";
	}
}
