package app.clientele.contacts;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The pieces of an undo that rebuild records: the merged-away contact as stored, the survivor's own email. */
final class MergeUndo {

	/** What the steps see of the request on an undo: nothing is chosen, each moves back what it recorded. */
	static final MergeRequest NOTHING_ASKED = new MergeRequest(new UUID(0, 0), Map.of(), true, null, false);

	private MergeUndo() {
	}

	/** Inserts the contact as it was, but not primary: its account may have another primary by now. */
	static Contact restore(Contacts contacts, Contact c) {
		contacts.insert(new Contact(c.id(), c.accountId(), c.firstName(), c.middleName(), c.lastName(), c.jobTitle(),
				c.businessRoles(), c.stage(), c.email(), c.phones(), c.birthday(), c.notes(), c.preferredChannel(),
				c.doNotEmail(), c.doNotCall(), c.mobileOptOut(), c.marketingOptIn(), false, c.billingContact(),
				c.siteIds(), c.tags(), c.archivedAt(), c.accountSince(), 0, c.createdAt(), Instant.now(), c.secondEmail(),
				c.secondEmailLabel(), c.addresses(), c.customFields()));
		return contacts.find(c.id()).orElseThrow();
	}

	static ContactDetails withEmail(ContactDetails d, @Nullable String email) {
		return new ContactDetails(d.firstName(), d.middleName(), d.lastName(), d.jobTitle(), d.businessRoles(),
				d.stage(), email, d.phones(), d.birthday(), d.notes(), d.preferredChannel(), d.doNotEmail(),
				d.doNotCall(), d.mobileOptOut(), d.marketingOptIn(), d.billingContact(), d.siteIds(), d.tags(),
				d.secondEmail(), d.secondEmailLabel(), d.addresses(), d.customFields());
	}
}
