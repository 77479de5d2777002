package app.clientele.documents.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import app.clientele.accounts.Account;
import app.clientele.accounts.AccountManagement;
import app.clientele.documents.DocumentManagement;
import app.clientele.documents.DocumentType;
import app.clientele.documents.NewDocument;
import app.clientele.platform.FormErrors;
import app.clientele.platform.PageRequest;
import app.clientele.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The account's Documents tab in the console. */
@Controller
class DocumentController {

	private final DocumentManagement documents;
	private final AccountManagement accounts;

	DocumentController(DocumentManagement documents, AccountManagement accounts) {
		this.documents = documents;
		this.accounts = accounts;
	}

	record DocumentForm(@Nullable DocumentType type, @Nullable String number, @Nullable String title,
			@Nullable BigDecimal amount, @Nullable String currency, @Nullable LocalDate dueDate,
			@Nullable String status, @Nullable String siteId, @Nullable String quickPayCode) {

		static DocumentForm empty() {
			return new DocumentForm(DocumentType.INVOICE, "", "", null, "USD", null, "OPEN", "", "");
		}

		NewDocument toNewDocument() {
			return new NewDocument(type, number, title, amount, currency, dueDate, status,
					siteId == null || siteId.isBlank() ? null : UUID.fromString(siteId), quickPayCode);
		}
	}

	@GetMapping("/accounts/{id}/documents")
	String tab(@PathVariable UUID id, @RequestParam(required = false) @Nullable String after, Model model) {
		return page(model, accounts.get(id), after, DocumentForm.empty(), FormErrors.none());
	}

	@PostMapping("/accounts/{id}/documents")
	String create(@PathVariable UUID id, @ModelAttribute DocumentForm form, Model model) {
		Account account = accounts.get(id);
		try {
			documents.create(id, form.toNewDocument());
			return "redirect:/accounts/" + id + "/documents";
		}
		catch (ProblemException e) {
			return page(model, account, null, form, FormErrors.of(e));
		}
	}

	private String page(Model model, Account account, @Nullable String after, DocumentForm form,
			Map<String, String> errors) {
		model.addAttribute("section", "accounts");
		model.addAttribute("account", account);
		model.addAttribute("tab", "documents");
		model.addAttribute("documents", documents.ofAccount(account.id(), PageRequest.of(25, after)));
		model.addAttribute("sites", accounts.allSites(account.id()));
		model.addAttribute("types", DocumentType.values());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "documents/account-documents";
	}
}
