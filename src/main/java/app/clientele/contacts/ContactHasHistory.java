package app.clientele.contacts;

import java.util.List;
import java.util.UUID;

import app.clientele.platform.RuleViolation;

/** Contacts with history are archived, not deleted. */
public class ContactHasHistory extends RuleViolation {

	public ContactHasHistory(UUID id, List<String> kinds) {
		super("contact-has-history", "Contact has history",
				"Contact " + id + " has history (" + String.join(", ", kinds) + "); archive it instead of deleting it.");
		property("history", kinds);
	}
}
