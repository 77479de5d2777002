package app.clientele.portal;

import java.util.UUID;

import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactManagement;
import app.clientele.platform.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which portal actions apply to a contact, for the console to offer only those. */
@Service
public class PortalOffers {

	private final PortalManagement portal;
	private final PortalEligibility eligibility;
	private final ContactManagement contacts;

	PortalOffers(PortalManagement portal, PortalEligibility eligibility, ContactManagement contacts) {
		this.portal = portal;
		this.eligibility = eligibility;
		this.contacts = contacts;
	}

	@Transactional(readOnly = true)
	public PortalOffer offer(UUID contactId) {
		Contact contact = contacts.get(contactId);
		PortalAccessView access = portal.get(contactId);
		ProblemException problem = eligibility.problem(contact);
		boolean eligible = problem == null;
		PortalStatus status = access.status();
		boolean open = access.enabled() || status == PortalStatus.ACTIVE || status == PortalStatus.INVITED;
		return new PortalOffer(eligible || (access.enabled() && contact.active()),
				eligible && status != PortalStatus.ACTIVE, eligible && status == PortalStatus.ACTIVE, open,
				contact.active() && access.enabled(), problem == null ? null : problem.slug());
	}
}
