package app.clientele.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import app.clientele.contacts.ContactDetails;
import app.clientele.contacts.PhoneType;
import app.clientele.contacts.Stage;
import app.clientele.fields.CustomValuesJson;
import org.jspecify.annotations.Nullable;

/**
 * A contact's fields as plain values (text, booleans, lists), the form in which an import keeps
 * what it changed: the values before and after each update, so that the undo can put back each
 * field nobody changed since. {@link #changed} compares two contacts field by field.
 */
final class DetailsSnapshot {

	private DetailsSnapshot() {
	}

	static Map<String, @Nullable Object> of(ContactDetails d) {
		Map<String, @Nullable Object> m = new LinkedHashMap<>();
		m.put("firstName", d.firstName());
		m.put("middleName", d.middleName());
		m.put("lastName", d.lastName());
		m.put("jobTitle", d.jobTitle());
		m.put("stage", d.stage() == null ? null : d.stage().name());
		m.put("email", d.email());
		m.put("phones", d.phones().stream().map(p -> List.of(String.valueOf(p.type()), String.valueOf(p.number()))).toList());
		m.put("birthday", d.birthday() == null ? null : d.birthday().toString());
		m.put("notes", d.notes());
		m.put("doNotEmail", d.doNotEmail());
		m.put("doNotCall", d.doNotCall());
		m.put("mobileOptOut", d.mobileOptOut());
		m.put("marketingOptIn", d.marketingOptIn());
		m.put("siteIds", new TreeSet<>(d.siteIds().stream().map(UUID::toString).toList()).stream().toList());
		m.put("tags", List.copyOf(d.tags()));
		m.put("secondEmail", d.secondEmail());
		if (d.customFields() != null) {
			new java.util.TreeMap<>(d.customFields()).forEach((key, value) -> {
				if (value != null) {
					m.put(CUSTOM + key, CustomValuesJson.writeValue(value));
				}
			});
		}
		return m;
	}

	/** A custom field's entry: {@code custom.<key>}, its value as JSON text (so that a snapshot read back compares equal). */
	private static final String CUSTOM = "custom.";

	/** The fields whose values differ, with the values of {@code from}. */
	static Map<String, @Nullable Object> changed(Map<String, @Nullable Object> from, Map<String, @Nullable Object> to) {
		Map<String, @Nullable Object> changed = new LinkedHashMap<>();
		Set<String> keys = new java.util.LinkedHashSet<>(from.keySet());
		keys.addAll(to.keySet());
		for (String k : keys) {
			if (!Objects.equals(from.get(k), to.get(k))) {
				changed.put(k, from.get(k));
			}
		}
		return changed;
	}

	/** {@code base} with the given fields set to the values (as {@link #of} writes them, or read back from JSON). */
	@SuppressWarnings("unchecked")
	static ContactDetails apply(ContactDetails base, Map<String, @Nullable Object> values) {
		Map<String, @Nullable Object> m = of(base);
		m.putAll(values);
		List<ContactDetails.PhoneInput> phones = new ArrayList<>();
		for (Object p : (List<Object>) Objects.requireNonNull(m.get("phones"))) {
			List<Object> pair = (List<Object>) p;
			phones.add(new ContactDetails.PhoneInput(PhoneType.valueOf(pair.get(0).toString()), pair.get(1).toString()));
		}
		Set<UUID> sites = new java.util.HashSet<>();
		((List<Object>) Objects.requireNonNull(m.get("siteIds"))).forEach(s -> sites.add(UUID.fromString(s.toString())));
		Object stage = m.get("stage");
		Object birthday = m.get("birthday");
		return new ContactDetails(text(m, "firstName"), text(m, "middleName"), text(m, "lastName"), text(m, "jobTitle"),
				base.businessRoles(), stage == null ? null : Stage.valueOf(stage.toString()), text(m, "email"), phones,
				birthday == null ? null : LocalDate.parse(birthday.toString()), text(m, "notes"), base.preferredChannel(),
				flag(m, "doNotEmail"), flag(m, "doNotCall"), flag(m, "mobileOptOut"), flag(m, "marketingOptIn"),
				base.billingContact(), sites, ((List<Object>) Objects.requireNonNull(m.get("tags"))).stream()
						.map(Object::toString).toList(), text(m, "secondEmail"), base.secondEmailLabel(), base.addresses())
				.withCustomFields(custom(m));
	}

	private static Map<String, Object> custom(Map<String, @Nullable Object> m) {
		Map<String, Object> values = new LinkedHashMap<>();
		m.forEach((k, v) -> {
			if (k.startsWith(CUSTOM) && v != null) {
				values.put(k.substring(CUSTOM.length()), CustomValuesJson.read("{\"v\":" + v + "}").get("v"));
			}
		});
		return values;
	}

	private static @Nullable String text(Map<String, @Nullable Object> m, String key) {
		Object v = m.get(key);
		return v == null ? null : v.toString();
	}

	private static boolean flag(Map<String, @Nullable Object> m, String key) {
		return Boolean.TRUE.equals(m.get(key));
	}
}
