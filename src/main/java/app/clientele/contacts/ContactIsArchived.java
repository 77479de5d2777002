package app.clientele.contacts;

import java.util.UUID;

import app.clientele.platform.RuleViolation;

/** Archived contacts cannot be primary or receive outreach; restore them first. */
public class ContactIsArchived extends RuleViolation {

	public ContactIsArchived(UUID id, String name) {
		super("contact-archived", "Contact archived", "Contact " + id + " is archived; restore it first.");
		forPeople("problem.contact-archived", name);
	}
}
