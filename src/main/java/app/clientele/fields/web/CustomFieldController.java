package app.clientele.fields.web;

import java.util.Map;
import java.util.UUID;

import app.clientele.fields.CustomField;
import app.clientele.fields.CustomFieldEntity;
import app.clientele.fields.CustomFieldManagement;
import app.clientele.fields.CustomFieldRules;
import app.clientele.fields.CustomFieldType;
import app.clientele.platform.FormErrors;
import app.clientele.platform.IfMatch;
import app.clientele.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Console pages of custom fields (ADMIN): the fields of contacts and of accounts, a form to add or change one. */
@Controller
class CustomFieldController {

	private final CustomFieldManagement fields;
	private final MessageSource messages;

	CustomFieldController(CustomFieldManagement fields, MessageSource messages) {
		this.fields = fields;
		this.messages = messages;
	}

	@GetMapping("/custom-fields")
	String list(Model model) {
		return page(model, null, CustomFieldForm.empty(), FormErrors.none());
	}

	@PostMapping("/custom-fields")
	String define(@ModelAttribute CustomFieldForm form, Model model, RedirectAttributes redirect) {
		try {
			CustomField created = fields.define(form.definition(defaultOf(form)));
			redirect.addFlashAttribute("flash", say("customFields.flash.added", created.label()));
			return "redirect:/custom-fields";
		}
		catch (ProblemException e) {
			return page(model, null, form, FormErrors.of(e));
		}
	}

	@GetMapping("/custom-fields/{id}")
	String edit(@PathVariable UUID id, Model model) {
		CustomField field = fields.get(id);
		CustomFieldRules rules = fields.rules(field.entity());
		return page(model, id, CustomFieldForm.of(field, rules.text(field.key(), field.defaultValue())), FormErrors.none());
	}

	@PostMapping("/custom-fields/{id}")
	String change(@PathVariable UUID id, @ModelAttribute CustomFieldForm form, Model model, RedirectAttributes redirect) {
		try {
			CustomField changed = fields.change(id, form.definition(defaultOf(form)),
					form.version() == null ? IfMatch.ANY : IfMatch.version(form.version()));
			redirect.addFlashAttribute("flash", say("customFields.flash.saved", changed.label()));
			return "redirect:/custom-fields";
		}
		catch (ProblemException e) {
			return page(model, id, form, FormErrors.of(e));
		}
	}

	@PostMapping("/custom-fields/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		CustomField field = fields.get(id);
		fields.delete(id, IfMatch.ANY);
		redirect.addFlashAttribute("flash", say("customFields.flash.deleted", field.label()));
		return "redirect:/custom-fields";
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static @Nullable Object defaultOf(CustomFieldForm form) {
		return form.type() == null ? form.defaultValue() : CustomFieldRules.fromText(form.type(), form.defaultValue());
	}

	private String page(Model model, @Nullable UUID editing, CustomFieldForm form, Map<String, String> errors) {
		model.addAttribute("section", "custom-fields");
		model.addAttribute("contactFields", fields.list(CustomFieldEntity.CONTACT, false));
		model.addAttribute("accountFields", fields.list(CustomFieldEntity.ACCOUNT, false));
		model.addAttribute("editing", editing);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types", CustomFieldType.values());
		model.addAttribute("entities", CustomFieldEntity.values());
		return "fields/list";
	}
}
