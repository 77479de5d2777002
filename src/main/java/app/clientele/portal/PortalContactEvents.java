package app.clientele.portal;

import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import app.clientele.accounts.AccountPortalRules;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactArchived;
import app.clientele.contacts.ContactCreated;
import app.clientele.contacts.ContactMoved;
import app.clientele.contacts.ContactUpdated;
import app.clientele.contacts.PortalAccessRequest;
import app.clientele.mail.MailOutbox;
import app.clientele.mail.TemplateKey;
import app.clientele.mail.WelcomeReplacement;
import app.clientele.staff.PortalAccessManagers;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What contacts' changes mean for their portal access, handled inside the change's transaction:
 * access granted at creation (and the invitation, which then is the contact's welcome email),
 * links that die when its email changes, access that ends for good when it is archived or moved.
 */
@Component
class PortalContactEvents implements WelcomeReplacement {

	private final PortalManagement portal;
	private final PortalAccesses accesses;
	private final PortalLinks links;
	private final PortalEligibility eligibility;
	private final MailOutbox mail;
	private final PortalClock clock;

	PortalContactEvents(PortalManagement portal, PortalAccesses accesses, PortalLinks links,
			PortalEligibility eligibility, MailOutbox mail, PortalClock clock) {
		this.portal = portal;
		this.accesses = accesses;
		this.links = links;
		this.eligibility = eligibility;
		this.mail = mail;
		this.clock = clock;
	}

	@EventListener
	void on(ContactCreated event) {
		Contact contact = event.contact();
		PortalAccessRequest request = event.portal();
		if (request != null && request.enabled()) {
			portal.grantAtCreation(contact, request.permissions(), request.allSites(), request.siteIds());
			if (request.sendInvite() || autoInvite(event)) {
				portal.invite(contact.id());
			}
		}
		else if (autoInvite(event) && eligibility.problem(contact, event.account()) == null) {
			portal.grantAtCreation(contact, null, null, null);
			portal.invite(contact.id());
		}
	}

	/** The invitation is the welcome email when both are due at creation: one email goes out. */
	@Override
	public boolean replacesWelcome(ContactCreated event) {
		PortalAccessRequest request = event.portal();
		Contact contact = event.contact();
		if (request != null && request.enabled()) {
			return request.sendInvite() || autoInvite(event);
		}
		return autoInvite(event) && eligibility.problem(contact, event.account()) == null;
	}

	/** By the account's rules as the creating transaction read them (one read for every listener). */
	private static boolean autoInvite(ContactCreated event) {
		Contact contact = event.contact();
		AccountPortalRules rules = event.account();
		if (rules == null || contact.email() == null || !contact.active()) {
			return false;
		}
		return rules.autoSendPortalInvite() && rules.portalEnabled() && rules.accountActive();
	}

	@EventListener
	void on(ContactArchived event) {
		endAccess(event.contact().id(), "the contact was archived");
		dropLinks(event.contact(), "archived");
		accesses.find(event.contact().id()).ifPresent(a -> accesses.endSessions(a.contactId()));
	}

	@EventListener
	void on(ContactUpdated event) {
		if (!event.changed("email")) {
			return;
		}
		Contact contact = event.after();
		accesses.find(contact.id()).ifPresent(access -> {
			dropLinks(contact, "email changed");
			PortalStatus status = access.status(java.time.Instant.now());
			if (status == PortalStatus.ACTIVE || status == PortalStatus.INVITED || status == PortalStatus.EXPIRED) {
				// The login follows the email: whoever reads the new address can reset the password.
				if (!PortalAccessManagers.currentUserIsOne()) {
					throw new AccessDeniedException("This email is the person's portal login; your role may not move it.");
				}
				eligibility.check(contact);
				accesses.loginEmailChanged(contact.id(), contact.email());
				portal.report(contact.id(), "PORTAL_LOGIN_EMAIL_CHANGED", Map.of("email", String.valueOf(contact.email())));
			}
		});
	}

	/** Access granted under one account is no access under another: staff invite again if it should be. */
	@EventListener
	void on(ContactMoved event) {
		endAccess(event.contact().id(), "the contact was moved to another account");
		accesses.find(event.contact().id()).filter(a -> !a.allSites()).ifPresent(a -> {
			accesses.replaceSites(a.contactId(), java.util.Set.of());
			portal.report(a.contactId(), "PORTAL_SCOPE_RESET", Map.of("reason", "moved to another account"));
		});
	}

	/** Access ends for good (REVOKED): restoring the contact or moving it back brings none of it back. */
	private void endAccess(UUID contactId, String reason) {
		accesses.find(contactId).filter(a -> a.enabled() || EnumSet.of(PortalStatus.INVITED, PortalStatus.EXPIRED,
				PortalStatus.ACTIVE).contains(a.status(clock.now()))).ifPresent(a -> portal.revoke(contactId, reason));
	}

	private void dropLinks(Contact contact, String reason) {
		links.kill(contact.id(), EnumSet.allOf(PortalLinks.Purpose.class), reason);
		for (TemplateKey template : EnumSet.of(TemplateKey.PORTAL_INVITATION, TemplateKey.SET_PASSWORD,
				TemplateKey.PASSWORD_RESET, TemplateKey.SELF_REGISTRATION)) {
			mail.cancelQueued(contact.id(), template, "contact " + reason);
		}
	}
}
