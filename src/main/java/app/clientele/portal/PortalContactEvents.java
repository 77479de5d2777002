package app.clientele.portal;

import java.util.EnumSet;
import java.util.UUID;

import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactArchived;
import app.clientele.contacts.ContactMoved;
import app.clientele.contacts.ContactUpdated;
import app.clientele.mail.MailOutbox;
import app.clientele.mail.TemplateKey;
import app.clientele.platform.Actor;
import app.clientele.staff.PortalAccessManagers;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What contacts' changes mean for their portal access: links that die when its email changes,
 * access that ends for good when it is archived or moved (access at creation is
 * {@link PortalOnboarding}). Plain listeners, inside the change's transaction: the change and
 * its end of access commit together, and a refused login move (403) rolls the change back.
 */
@Component
class PortalContactEvents {

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
				portal.publish(new PortalLoginEmailChanged(contact.id(), String.valueOf(contact.email()), Actor.current()));
			}
		});
	}

	/** Access granted under one account is no access under another: staff invite again if it should be. */
	@EventListener
	void on(ContactMoved event) {
		endAccess(event.contact().id(), "the contact was moved to another account");
		accesses.find(event.contact().id()).filter(a -> !a.allSites()).ifPresent(a -> {
			accesses.replaceSites(a.contactId(), java.util.Set.of());
			portal.publish(new PortalScopeReset(a.contactId(), "moved to another account", Actor.current()));
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
