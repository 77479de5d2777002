package app.clientele.contacts;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import app.clientele.fields.CustomFieldRules;
import org.springframework.stereotype.Service;

/**
 * A contact's custom fields as email placeholders: {@code custom.<key>} and the value as people
 * read it (an option's label, money with its currency), for every email written to the contact.
 */
@Service
public class ContactPlaceholders {

	/** The prefix of a custom field's placeholder: {@code {{custom.tier}}}. */
	public static final String PREFIX = "custom.";

	private final ContactManagement contacts;

	ContactPlaceholders(ContactManagement contacts) {
		this.contacts = contacts;
	}

	/** Whether a text uses a custom field placeholder at all (a contact is read only then). */
	public static boolean uses(String... texts) {
		for (String text : texts) {
			if (text != null && text.contains("{{") && text.replace(" ", "").contains("{{" + PREFIX)) {
				return true;
			}
		}
		return false;
	}

	/** The contact's live custom fields with a value; empty for an unknown contact. */
	public Map<String, String> of(UUID contactId) {
		Map<String, String> values = new HashMap<>();
		contacts.find(contactId).ifPresent(contact -> {
			CustomFieldRules rules = contacts.customFieldRules();
			rules.visible(contact.customFields()).forEach((key, value) -> values.put(PREFIX + key, rules.show(key, value)));
		});
		return values;
	}
}
