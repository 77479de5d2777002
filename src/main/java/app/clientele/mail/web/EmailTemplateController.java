package app.clientele.mail.web;

import java.util.Map;

import app.clientele.mail.EmailTemplate;
import app.clientele.mail.EmailTemplates;
import app.clientele.mail.RenderedEmail;
import app.clientele.mail.TemplateChange;
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
import org.springframework.web.bind.annotation.RequestHeader;

/** The console's email templates (ADMIN): the list, and a page per template to edit, preview and switch it off. */
@Controller
class EmailTemplateController {

	private final EmailTemplates templates;

	EmailTemplateController(EmailTemplates templates) {
		this.templates = templates;
	}

	/** An unticked checkbox is absent from the post, hence the nullable boolean. */
	record TemplateForm(@Nullable Boolean enabled, @Nullable String subject, @Nullable String htmlBody,
			@Nullable String textBody, @Nullable Long version) {

		static TemplateForm of(EmailTemplate t) {
			return new TemplateForm(t.enabled(), t.subject(), t.htmlBody(), t.textBody(), t.version());
		}

		TemplateChange change() {
			return new TemplateChange(Boolean.TRUE.equals(enabled), subject == null ? "" : subject,
					htmlBody == null ? "" : htmlBody, textBody == null ? "" : textBody);
		}
	}

	@GetMapping("/email-templates")
	String list(Model model) {
		model.addAttribute("section", "email-templates");
		model.addAttribute("templates", templates.list());
		return "mail/templates";
	}

	@GetMapping("/email-templates/{key}")
	String edit(@PathVariable String key, Model model) {
		EmailTemplate template = templates.get(key);
		return page(model, template, TemplateForm.of(template), FormErrors.none(), false,
				templates.preview(template.key(), null, Map.of()));
	}

	@PostMapping("/email-templates/{key}")
	String save(@PathVariable String key, @ModelAttribute TemplateForm form, Model model) {
		EmailTemplate current = templates.get(key);
		try {
			EmailTemplate saved = templates.update(current.key(), form.change(),
					form.version() == null ? IfMatch.ANY : IfMatch.version(form.version()));
			return page(model, saved, TemplateForm.of(saved), FormErrors.none(), true,
					templates.preview(saved.key(), null, Map.of()));
		}
		catch (ProblemException e) {
			return page(model, current, form, FormErrors.of(e), false, null);
		}
	}

	/** Renders the form as typed, unsaved: the preview fragment for htmx, the whole page otherwise. */
	@PostMapping("/email-templates/{key}/preview")
	String preview(@PathVariable String key, @ModelAttribute TemplateForm form,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		EmailTemplate current = templates.get(key);
		Map<String, String> errors = FormErrors.none();
		RenderedEmail preview = null;
		try {
			preview = templates.preview(current.key(), form.change(), Map.of());
		}
		catch (ProblemException e) {
			errors = FormErrors.of(e);
		}
		page(model, current, form, errors, false, preview);
		return htmx != null ? "mail/template :: preview" : "mail/template";
	}

	private String page(Model model, EmailTemplate template, TemplateForm form, Map<String, String> errors,
			boolean saved, @Nullable RenderedEmail preview) {
		model.addAttribute("section", "email-templates");
		model.addAttribute("template", template);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("saved", saved);
		model.addAttribute("preview", preview);
		model.addAttribute("placeholders", EmailTemplates.placeholders());
		return "mail/template";
	}
}
