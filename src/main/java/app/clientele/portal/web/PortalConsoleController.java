package app.clientele.portal.web;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.accounts.AccountManagement;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactManagement;
import app.clientele.platform.FormErrors;
import app.clientele.platform.IfMatch;
import app.clientele.platform.ProblemException;
import app.clientele.portal.PortalManagement;
import app.clientele.portal.PortalOffers;
import app.clientele.portal.PortalSettings;
import app.clientele.staff.PortalPermission;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal section of the console's contact page: status, permissions, scope and the actions
 * the staff user's role allows. Loaded into the contact page with htmx; each action answers the
 * refreshed section (or, without JavaScript, a page holding it).
 */
@Controller
class PortalConsoleController {

	private final PortalManagement portal;
	private final ContactManagement contacts;
	private final AccountManagement accounts;
	private final PortalOffers offers;

	PortalConsoleController(PortalManagement portal, ContactManagement contacts, AccountManagement accounts,
			PortalOffers offers) {
		this.portal = portal;
		this.contacts = contacts;
		this.accounts = accounts;
		this.offers = offers;
	}

	@GetMapping("/contacts/{id}/portal")
	String section(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		return answer(id, htmx, model, null, FormErrors.none());
	}

	@PostMapping("/contacts/{id}/portal")
	String save(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean enabled,
			@RequestParam(required = false) @Nullable Set<PortalPermission> permissions,
			@RequestParam(defaultValue = "true") boolean allSites,
			@RequestParam(required = false) @Nullable Set<UUID> siteIds,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		return act(id, htmx, model, "Portal access saved.", () -> portal.update(id,
				new PortalSettings(enabled, permissions == null ? Set.of() : permissions, allSites, siteIds), IfMatch.ANY));
	}

	/** "Save and send invitation": the access on screen is saved first, so the invitation carries it. */
	@PostMapping("/contacts/{id}/portal/invite")
	String invite(@PathVariable UUID id, @RequestParam(required = false) @Nullable Set<PortalPermission> permissions,
			@RequestParam(defaultValue = "true") boolean allSites,
			@RequestParam(required = false) @Nullable Set<UUID> siteIds,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		return act(id, htmx, model, "Portal access saved and invitation sent.", () -> portal.saveAndInvite(id,
				new PortalSettings(true, permissions == null ? Set.of() : permissions, allSites, siteIds)));
	}

	@PostMapping("/contacts/{id}/portal/revoke")
	String revoke(@PathVariable UUID id, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model) {
		return act(id, htmx, model, "Portal access revoked; sessions and links ended.", () -> portal.revoke(id));
	}

	@PostMapping("/contacts/{id}/portal/password-reset")
	String passwordReset(@PathVariable UUID id,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		return act(id, htmx, model, "Set-new-password email sent.", () -> portal.sendSetPassword(id));
	}

	@PostMapping("/contacts/{id}/portal/impersonate")
	String impersonate(@PathVariable UUID id, @RequestParam(required = false) @Nullable String reason,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		try {
			model.addAttribute("impersonation", portal.impersonate(id, reason));
			return answer(id, htmx, model, null, FormErrors.none());
		}
		catch (ProblemException e) {
			return answer(id, htmx, model, null, FormErrors.of(e));
		}
	}

	private String act(UUID id, @Nullable String htmx, Model model, String done, Runnable action) {
		try {
			action.run();
			return answer(id, htmx, model, done, FormErrors.none());
		}
		catch (ProblemException e) {
			return answer(id, htmx, model, null, FormErrors.of(e));
		}
	}

	private String answer(UUID id, @Nullable String htmx, Model model, @Nullable String message,
			Map<String, String> errors) {
		Contact contact = contacts.get(id);
		model.addAttribute("contact", contact);
		model.addAttribute("access", portal.get(id));
		model.addAttribute("offer", offers.offer(id));
		model.addAttribute("sites", contact.accountId() == null ? java.util.List.of() : accounts.allSites(contact.accountId()));
		model.addAttribute("permissions", PortalPermission.values());
		model.addAttribute("message", message);
		model.addAttribute("errors", errors);
		model.addAttribute("section", "contacts");
		return htmx != null ? "portal/console :: section" : "portal/console-page";
	}
}
