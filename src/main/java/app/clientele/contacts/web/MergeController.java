package app.clientele.contacts.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactManagement;
import app.clientele.contacts.ContactMerging;
import app.clientele.contacts.MergeChoice;
import app.clientele.contacts.MergeRequest;
import app.clientele.contacts.MergeResult;
import app.clientele.fields.CustomField;
import app.clientele.fields.CustomFieldRules;
import app.clientele.platform.FormErrors;
import app.clientele.platform.Labels;
import app.clientele.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The merge page: both contacts side by side, a choice per field, what the merge moves and does
 * to portal access (the preview, with this contact's values), and the merge itself, whose message
 * carries the Undo. ADMIN and MANAGER.
 */
@Controller
class MergeController {

	private final ContactMerging merging;
	private final ContactManagement contacts;
	private final Labels labels;
	private final MessageSource messages;

	MergeController(ContactMerging merging, ContactManagement contacts, Labels labels, MessageSource messages) {
		this.merging = merging;
		this.contacts = contacts;
		this.labels = labels;
		this.messages = messages;
	}

	/** One field on the page: its label and each side's value in words. */
	record Row(String field, String label, String thisValue, String otherValue, boolean differs) {
	}

	@GetMapping("/contacts/{id}/merge")
	String page(@PathVariable UUID id, @RequestParam UUID other, Model model) {
		Contact survivor = contacts.get(id);
		Contact merged = contacts.get(other);
		model.addAttribute("contact", survivor);
		model.addAttribute("other", merged);
		List<Row> rows = new ArrayList<>(ContactMerging.chosenFields().stream().map(f -> row(f, survivor, merged)).toList());
		rows.addAll(customRows(survivor, merged));
		model.addAttribute("rows", rows);
		model.addAttribute("acrossAccounts", !java.util.Objects.equals(survivor.accountId(), merged.accountId()));
		try {
			MergeResult preview = merging.preview(id, new MergeRequest(other, Map.of(), true, MergeChoice.THIS, false));
			model.addAttribute("moves", preview.moves());
			model.addAttribute("portal", preview.portal());
			model.addAttribute("after", preview.survivor());
		}
		catch (ProblemException e) {
			model.addAttribute("previewError", FormErrors.of(e).values().iterator().next());
		}
		return "contacts/merge";
	}

	@PostMapping("/contacts/{id}/merge")
	String merge(@PathVariable UUID id, @RequestParam UUID other, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		Contact merged = contacts.get(other);
		Map<String, MergeChoice> keep = new LinkedHashMap<>();
		for (String field : ContactMerging.chosenFields()) {
			if ("OTHER".equals(form.get("keep." + field))) {
				keep.put(field, MergeChoice.OTHER);
			}
		}
		contacts.customFieldRules().fields().stream().map(f -> "custom." + f.key())
				.filter(field -> "OTHER".equals(form.get("keep." + field))).forEach(field -> keep.put(field, MergeChoice.OTHER));
		MergeChoice portalLogin = "OTHER".equals(form.get("portalLogin")) ? MergeChoice.OTHER
				: "THIS".equals(form.get("portalLogin")) ? MergeChoice.THIS : null;
		try {
			MergeResult result = merging.merge(id, new MergeRequest(other, keep, form.containsKey("acrossAccounts"),
					portalLogin, form.containsKey("widenPermissions")));
			redirect.addFlashAttribute("flash", say("contact.merge.done", merged.name()));
			redirect.addFlashAttribute("undo", "/merges/" + result.mergeId() + "/undo");
			return "redirect:/contacts/" + id;
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("flashError", FormErrors.of(e).values().iterator().next());
			return "redirect:/contacts/" + id + "/merge?other=" + other;
		}
	}

	@PostMapping("/merges/{mergeId}/undo")
	String undo(@PathVariable UUID mergeId, RedirectAttributes redirect) {
		try {
			Contact restored = merging.undo(mergeId);
			redirect.addFlashAttribute("flash", say("contact.merge.undone", restored.name()));
			return "redirect:/contacts/" + restored.id();
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("flashError", FormErrors.of(e).values().iterator().next());
			return "redirect:/contacts";
		}
	}

	/** The custom fields either side has a value for, chosen as {@code keep.custom.<key>}. */
	private List<Row> customRows(Contact survivor, Contact other) {
		CustomFieldRules custom = contacts.customFieldRules();
		List<Row> rows = new ArrayList<>();
		for (CustomField f : custom.fields()) {
			Object mine = survivor.customFields().get(f.key());
			Object theirs = other.customFields().get(f.key());
			if (mine != null || theirs != null) {
				String a = mine == null ? "—" : custom.show(f.key(), mine);
				String b = theirs == null ? "—" : custom.show(f.key(), theirs);
				rows.add(new Row("custom." + f.key(), f.label(), a, b, !a.equals(b)));
			}
		}
		return rows;
	}

	private Row row(String field, Contact survivor, Contact other) {
		String mine = words(field, survivor);
		String theirs = words(field, other);
		return new Row(field, labels.field(field), mine, theirs, !mine.equals(theirs));
	}

	private String words(String field, Contact c) {
		@Nullable Object value = switch (field) {
			case "firstName" -> c.firstName();
			case "middleName" -> c.middleName();
			case "lastName" -> c.lastName();
			case "jobTitle" -> c.jobTitle();
			case "businessRoles" -> labels.all("BusinessRole", c.businessRoles());
			case "stage" -> labels.of(c.stage());
			case "email" -> c.email();
			case "birthday" -> c.birthday();
			case "preferredChannel" -> labels.of(c.preferredChannel());
			case "billingContact" -> say(c.billingContact() ? "contact.merge.yes" : "contact.merge.no");
			default -> throw new IllegalArgumentException("no words for the field " + field);
		};
		return value == null || value.toString().isEmpty() ? "—" : value.toString();
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
