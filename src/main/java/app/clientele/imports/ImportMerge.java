package app.clientele.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.contacts.ContactColumns;
import app.clientele.contacts.ContactDetails;
import org.jspecify.annotations.Nullable;

/**
 * What an update from a row makes of a contact on record. Only the fields the row has a value
 * for change; FILL sets a field only where the contact has none, OVERWRITE replaces it. Whatever
 * the mode, phones, tags and sites the contact lacks are added (OVERWRITE replaces phones and
 * tags), and an opt-out (do-not-email, do-not-call, mobile opt-out) is never lifted by a file:
 * the safest choice wins. Marketing opt-in is consent: only OVERWRITE takes the file's answer.
 */
final class ImportMerge {

	private ImportMerge() {
	}

	static ContactDetails merge(ContactDetails on, ImportRow row, Set<UUID> siteIds, UpdateMode mode) {
		ContactDetails in = row.details();
		boolean overwrite = mode == UpdateMode.OVERWRITE;
		Set<String> p = row.present();
		return new ContactDetails(
				text(p, ContactColumns.FIRST_NAME, on.firstName(), in.firstName(), overwrite),
				text(p, ContactColumns.MIDDLE_NAME, on.middleName(), in.middleName(), overwrite),
				text(p, ContactColumns.LAST_NAME, on.lastName(), in.lastName(), overwrite),
				text(p, ContactColumns.JOB_TITLE, on.jobTitle(), in.jobTitle(), overwrite), on.businessRoles(),
				p.contains(ContactColumns.STAGE) && (overwrite || on.stage() == null) ? in.stage() : on.stage(),
				text(p, ContactColumns.EMAIL, on.email(), in.email(), overwrite),
				phones(on.phones(), in.phones(), overwrite && p.contains("phones")),
				p.contains(ContactColumns.BIRTHDAY) && (overwrite || on.birthday() == null) ? in.birthday() : on.birthday(),
				text(p, ContactColumns.NOTES, on.notes(), in.notes(), overwrite), on.preferredChannel(),
				on.doNotEmail() || in.doNotEmail(), on.doNotCall() || in.doNotCall(),
				on.mobileOptOut() || in.mobileOptOut(),
				overwrite && p.contains(ContactColumns.MARKETING_OPT_IN) ? in.marketingOptIn() : on.marketingOptIn(),
				on.billingContact(), union(on.siteIds(), siteIds),
				overwrite && p.contains(ContactColumns.TAGS) ? in.tags() : List.copyOf(union(on.tags(), in.tags())),
				text(p, ContactColumns.SECOND_EMAIL, on.secondEmail(), in.secondEmail(), overwrite), on.secondEmailLabel(),
				on.addresses()).withCustomFields(custom(on.customFields(), in.customFields(), overwrite));
	}

	/** Custom fields the row has a value for: set where the contact has none, or replaced when overwriting. */
	private static @Nullable Map<String, ?> custom(@Nullable Map<String, ?> on, @Nullable Map<String, ?> in,
			boolean overwrite) {
		if (in == null || in.isEmpty()) {
			return on;
		}
		Map<String, @Nullable Object> merged = new LinkedHashMap<>(on == null ? Map.of() : on);
		in.forEach((key, value) -> {
			if (value != null && (overwrite || merged.get(key) == null)) {
				merged.put(key, value);
			}
		});
		return merged;
	}

	private static @Nullable String text(Set<String> present, String field, @Nullable String on, @Nullable String in,
			boolean overwrite) {
		boolean empty = on == null || on.isBlank();
		return present.contains(field) && (overwrite || empty) ? in : on;
	}

	private static List<ContactDetails.PhoneInput> phones(List<ContactDetails.PhoneInput> on,
			List<ContactDetails.PhoneInput> in, boolean replace) {
		if (replace) {
			return in;
		}
		List<ContactDetails.PhoneInput> phones = new ArrayList<>(on);
		Set<String> known = new LinkedHashSet<>();
		on.forEach(ph -> known.add(digits(ph.number())));
		in.stream().filter(ph -> known.add(digits(ph.number()))).forEach(phones::add);
		return phones;
	}

	/** The digits of a number, the last ten: "+1 (201) 555-0123" and "201 555 0123" are one phone. */
	private static String digits(@Nullable String number) {
		String d = number == null ? "" : number.replaceAll("\\D", "");
		return d.length() > 10 ? d.substring(d.length() - 10) : d;
	}

	private static <T> Set<T> union(Iterable<T> a, Iterable<T> b) {
		Set<T> union = new LinkedHashSet<>();
		a.forEach(union::add);
		b.forEach(union::add);
		return union;
	}
}
