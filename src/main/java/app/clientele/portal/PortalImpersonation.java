package app.clientele.portal;

import java.time.Instant;
import java.util.EnumSet;

import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactManagement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The portal side of impersonation: an ADMIN's link opens a read-only session as the contact. */
@Service
public class PortalImpersonation {

	private final PortalLinks links;
	private final ContactManagement contacts;
	private final ApplicationEventPublisher events;
	private final PortalClock clock;

	PortalImpersonation(PortalLinks links, ContactManagement contacts, ApplicationEventPublisher events,
			PortalClock clock) {
		this.links = links;
		this.contacts = contacts;
		this.events = events;
		this.clock = clock;
	}

	/** Opens a read-only session as a contact through an ADMIN's impersonation link, using the link. */
	@Transactional
	public PortalPrincipal impersonate(String token) {
		PortalLinks.Used used = links.use(token, EnumSet.of(PortalLinks.Purpose.IMPERSONATION))
				.orElseThrow(InvalidToken::new);
		Contact contact = contacts.get(used.contactId());
		Instant now = clock.now();
		var impersonation = new PortalUser.Impersonation(used.staffId(), used.staffName(), used.reason(), now,
				now.plus(PortalManagement.IMPERSONATION_SESSION));
		PortalPrincipal principal = new PortalPrincipal(contact.id(), contact.name(), now, impersonation);
		events.publishEvent(new PortalImpersonated(contact.id(), used.reason(), used.staffName(), principal.actor()));
		return principal;
	}

	/** Whether an impersonation link would work, without using it. */
	@Transactional(readOnly = true)
	public boolean linkValid(String token) {
		return links.valid(token, EnumSet.of(PortalLinks.Purpose.IMPERSONATION));
	}
}
