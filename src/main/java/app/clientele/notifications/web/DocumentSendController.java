package app.clientele.notifications.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import app.clientele.accounts.AccountManagement;
import app.clientele.documents.Document;
import app.clientele.documents.DocumentManagement;
import app.clientele.notifications.DocumentSending;
import app.clientele.notifications.NotificationPreferences;
import app.clientele.notifications.SendResult;
import app.clientele.platform.Labels;
import app.clientele.staff.NotificationTopic;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Console: the Send page of a document (pre-selected recipients, staff change the selection, who
 * was skipped and why), and the notification topics on a contact's page.
 */
@Controller
class DocumentSendController {

	private final DocumentSending sending;
	private final DocumentManagement documents;
	private final AccountManagement accounts;
	private final NotificationPreferences preferences;
	private final MessageSource messages;
	private final Labels labels;

	DocumentSendController(DocumentSending sending, DocumentManagement documents, AccountManagement accounts,
			NotificationPreferences preferences, MessageSource messages, Labels labels) {
		this.labels = labels;
		this.sending = sending;
		this.documents = documents;
		this.accounts = accounts;
		this.preferences = preferences;
		this.messages = messages;
	}

	@GetMapping("/documents/{id}/send")
	String sendPage(@PathVariable UUID id, Model model) {
		Document document = documents.get(id);
		model.addAttribute("section", "accounts");
		model.addAttribute("document", document);
		model.addAttribute("account", accounts.get(document.accountId()));
		model.addAttribute("selection", sending.recipients(id));
		return "notifications/send";
	}

	/**
	 * Sends to the ticked contacts; "preselected" sends by the rules (the API's send without
	 * contactIds). Answers the document's page again, saying what happened, with nobody ticked:
	 * a second send is a choice, never one more click on the same button.
	 */
	@PostMapping("/documents/{id}/send")
	String send(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<UUID> contactIds,
			@RequestParam(defaultValue = "false") boolean preselected, RedirectAttributes redirect) {
		SendResult result = sending.send(id, preselected ? null : contactIds == null ? List.of() : contactIds);
		if (!result.sent().isEmpty()) {
			redirect.addFlashAttribute("flash", messages.getMessage("document.sent", new Object[] {result.sent().size()},
					LocaleContextHolder.getLocale()));
		}
		redirect.addFlashAttribute("sendNote", result.note());
		redirect.addFlashAttribute("sendSkipped", result.skipped().stream()
				.map(s -> s.name() + ": " + labels.text("SendSkip", s.reason())).collect(Collectors.toCollection(ArrayList::new)));
		redirect.addFlashAttribute("sent", true);
		return "redirect:/documents/" + id + "/send";
	}

	@GetMapping("/contacts/{id}/notifications")
	String topics(@PathVariable UUID id, Model model) {
		model.addAttribute("contactId", id);
		model.addAttribute("topics", preferences.topics(id));
		return "notifications/topics :: topics";
	}

	@PostMapping("/contacts/{id}/notifications")
	String saveTopics(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<NotificationTopic> on,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		var changes = new java.util.EnumMap<NotificationTopic, Boolean>(NotificationTopic.class);
		for (NotificationTopic t : NotificationTopic.values()) {
			changes.put(t, on != null && on.contains(t));
		}
		preferences.update(id, changes);
		model.addAttribute("saved", true);
		return htmx != null ? topics(id, model) : "redirect:/contacts/" + id;
	}
}
