package app.clientele.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.clientele.fields.CustomFieldRules;
import app.clientele.platform.AddressType;
import app.clientele.platform.PostalAddresses;
import org.jspecify.annotations.Nullable;

/** The field-by-field difference of two versions of a contact, as the history shows it. */
final class FieldChanges {

	/** The prefix of a custom field's name in a change: {@code custom.<key>}. */
	static final String CUSTOM = "custom.";

	private FieldChanges() {
	}

	/** Built-in fields, then custom fields as {@code custom.<key>}, their values as a file writes them (options by label). */
	static List<FieldChange> between(Contact before, Contact after, CustomFieldRules custom) {
		List<FieldChange> changes = between(before, after);
		Set<String> keys = new TreeSet<>(before.customFields().keySet());
		keys.addAll(after.customFields().keySet());
		for (String key : keys) {
			String old = text(custom.text(key, before.customFields().get(key)));
			String now = text(custom.text(key, after.customFields().get(key)));
			if (!Objects.equals(old, now)) {
				changes.add(new FieldChange(CUSTOM + key, old, now));
			}
		}
		return changes;
	}

	static List<FieldChange> between(Contact before, Contact after) {
		List<FieldChange> changes = new ArrayList<>();
		add(changes, "firstName", before, after, Contact::firstName);
		add(changes, "middleName", before, after, Contact::middleName);
		add(changes, "lastName", before, after, Contact::lastName);
		add(changes, "jobTitle", before, after, Contact::jobTitle);
		add(changes, "businessRoles", before, after, c -> sorted(c.businessRoles()));
		add(changes, "stage", before, after, Contact::stage);
		add(changes, "email", before, after, Contact::email);
		add(changes, "phones", before, after,
				c -> c.phones().stream().map(p -> p.type() + " " + p.e164()).collect(Collectors.joining(", ")));
		add(changes, "birthday", before, after, Contact::birthday);
		add(changes, "notes", before, after, Contact::notes);
		add(changes, "preferredChannel", before, after, Contact::preferredChannel);
		add(changes, "doNotEmail", before, after, Contact::doNotEmail);
		add(changes, "doNotCall", before, after, Contact::doNotCall);
		add(changes, "mobileOptOut", before, after, Contact::mobileOptOut);
		add(changes, "marketingOptIn", before, after, Contact::marketingOptIn);
		add(changes, "billingContact", before, after, Contact::billingContact);
		add(changes, "siteIds", before, after, c -> sorted(c.siteIds()));
		add(changes, "tags", before, after, c -> String.join(", ", c.tags()));
		add(changes, "secondEmail", before, after, Contact::secondEmail);
		add(changes, "secondEmailLabel", before, after, Contact::secondEmailLabel);
		for (AddressType type : AddressType.values()) {
			// one change per kind of address, so the history says "Address (work): old → new"
			add(changes, "address." + type, before, after, c -> c.addresses().stream().filter(a -> a.type() == type)
					.map(PostalAddresses::oneLine).collect(Collectors.joining(" / ")));
		}
		return changes;
	}

	private static void add(List<FieldChange> changes, String field, Contact before, Contact after,
			Function<Contact, @Nullable Object> value) {
		String old = text(value.apply(before));
		String now = text(value.apply(after));
		if (!Objects.equals(old, now)) {
			changes.add(new FieldChange(field, old, now));
		}
	}

	private static String sorted(java.util.Collection<?> values) {
		return values.stream().map(Object::toString).collect(Collectors.toCollection(TreeSet::new)).stream()
				.collect(Collectors.joining(", "));
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		String s = value.toString();
		return s.isEmpty() ? null : s;
	}
}
