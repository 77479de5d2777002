package app.clientele.contacts.web;

import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import app.clientele.accounts.AccountId;
import app.clientele.accounts.AccountManagement;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactId;
import app.clientele.contacts.ContactLifecycle;
import app.clientele.contacts.ContactManagement;
import app.clientele.platform.FormErrors;
import app.clientele.platform.IfMatch;
import app.clientele.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What staff do to a contact from its page: archive (with Undo), restore, make primary, move,
 * delete. Each answers a redirect whose page says what happened, or why it was refused.
 */
@Controller
class ContactActionsController {

	private final ContactManagement contacts;
	private final ContactLifecycle lifecycle;
	private final AccountManagement accounts;
	private final MessageSource messages;

	ContactActionsController(ContactManagement contacts, ContactLifecycle lifecycle, AccountManagement accounts,
			MessageSource messages) {
		this.contacts = contacts;
		this.lifecycle = lifecycle;
		this.accounts = accounts;
		this.messages = messages;
	}

	/** Archives, and offers the way back: the message carries an Undo that restores. */
	@PostMapping("/contacts/{id}/archive")
	String archive(@PathVariable UUID id, RedirectAttributes redirect) {
		String page = act(id, redirect, "contact.flash.archived", c -> lifecycle.archive(id, IfMatch.ANY));
		if (redirect.getFlashAttributes().containsKey("flash")) {
			redirect.addFlashAttribute("undo", "/contacts/" + id + "/restore");
		}
		return page;
	}

	@PostMapping("/contacts/{id}/restore")
	String restore(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "contact.flash.restored", c -> lifecycle.restore(id, IfMatch.ANY));
	}

	@PostMapping("/contacts/{id}/make-primary")
	String makePrimary(@PathVariable UUID id, RedirectAttributes redirect) {
		return act(id, redirect, "contact.flash.primary", c -> lifecycle.makePrimary(id, IfMatch.ANY));
	}

	@PostMapping("/contacts/{id}/move")
	String move(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID accountId,
			RedirectAttributes redirect) {
		String key = accountId == null ? "contact.flash.movedOut" : "contact.flash.moved";
		return act(id, redirect, key, c -> {
			Contact moved = lifecycle.move(new ContactId(id), AccountId.ofNullable(accountId), IfMatch.ANY);
			return accountId == null ? moved.name() : accounts.names(Set.of(accountId)).get(accountId);
		});
	}

	@PostMapping("/contacts/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		Contact contact = contacts.get(id);
		try {
			lifecycle.delete(id, IfMatch.ANY);
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("flashError", FormErrors.of(e).values().iterator().next());
			return "redirect:/contacts/" + id;
		}
		redirect.addFlashAttribute("flash", say("contact.flash.deleted", contact.name()));
		return contact.accountId() == null ? "redirect:/contacts" : "redirect:/accounts/" + contact.accountId() + "/contacts";
	}

	/**
	 * Runs an action on the contact and says what happened, with the contact's name and what the
	 * action answers as the message's arguments; a refusal is said instead.
	 */
	private String act(UUID id, RedirectAttributes redirect, String done, Function<Contact, Object> action) {
		Contact contact = contacts.get(id);
		try {
			Object detail = action.apply(contact);
			redirect.addFlashAttribute("flash", say(done, contact.name(), detail instanceof String s ? s : ""));
		}
		catch (ProblemException e) {
			redirect.addFlashAttribute("flashError", FormErrors.of(e).values().iterator().next());
		}
		return "redirect:/contacts/" + id;
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
