package app.clientele.contacts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import app.clientele.fields.CustomValuesJson;
import org.jspecify.annotations.Nullable;

/**
 * The survivor's fields on an undo of its merge, from three states: before the merge, as the merge
 * left it, now. A field the merge changed goes back to the survivor's own value (a chosen value of
 * the other, an opt-out or a missing consent that came from the other) unless it was changed since:
 * then it stays as it is now. Of phones, tags and sites, what the merge added goes and what was
 * added since stays; notes the merge joined go back to the survivor's own unless edited since.
 */
final class MergeRevert {

	private MergeRevert() {
	}

	static ContactDetails of(Contact before, Contact after, Contact now) {
		Reverted r = new Reverted(before, after, now);
		return new ContactDetails(r.field(Contact::firstName), r.field(Contact::middleName), r.field(Contact::lastName),
				r.field(Contact::jobTitle), r.field(Contact::businessRoles), r.field(Contact::stage),
				r.field(Contact::email), phones(before, after, now), r.field(Contact::birthday), r.field(Contact::notes),
				r.field(Contact::preferredChannel), r.field(Contact::doNotEmail), r.field(Contact::doNotCall),
				r.field(Contact::mobileOptOut), r.field(Contact::marketingOptIn), r.field(Contact::billingContact),
				new LinkedHashSet<>(withoutAdded(before.siteIds(), after.siteIds(), now.siteIds(), s -> s)),
				withoutAdded(before.tags(), after.tags(), now.tags(), t -> t.toLowerCase(Locale.ROOT)),
				r.field(Contact::secondEmail), r.field(Contact::secondEmailLabel), r.field(Contact::addresses),
				custom(before, after, now));
	}

	/** Each custom field by the same rule; values compared as JSON (the stored states are read back from JSON). */
	private static Map<String, Object> custom(Contact before, Contact after, Contact now) {
		Set<String> keys = new TreeSet<>(before.customFields().keySet());
		keys.addAll(after.customFields().keySet());
		keys.addAll(now.customFields().keySet());
		Map<String, Object> values = new LinkedHashMap<>();
		for (String key : keys) {
			Object current = now.customFields().get(key);
			Object value = json(current).equals(json(after.customFields().get(key))) ? before.customFields().get(key)
					: current;
			if (value != null) {
				values.put(key, value);
			}
		}
		return values;
	}

	private static String json(@Nullable Object value) {
		return value == null ? "null" : CustomValuesJson.writeValue(value);
	}

	private record Reverted(Contact before, Contact after, Contact now) {

		<T> T field(Function<Contact, T> field) {
			T current = field.apply(now);
			return Objects.equals(current, field.apply(after)) ? field.apply(before) : current;
		}
	}

	private static List<ContactDetails.PhoneInput> phones(Contact before, Contact after, Contact now) {
		return withoutAdded(before.phones(), after.phones(), now.phones(), Phone::e164).stream()
				.map(p -> new ContactDetails.PhoneInput(p.type(), p.number())).toList();
	}

	/** The current values less those the merge added (in {@code after}, not in {@code before}), by key. */
	private static <T> List<T> withoutAdded(Iterable<T> before, Iterable<T> after, Iterable<T> now,
			Function<T, Object> key) {
		Set<Object> own = new HashSet<>();
		before.forEach(v -> own.add(key.apply(v)));
		Set<Object> added = new HashSet<>();
		after.forEach(v -> {
			if (!own.contains(key.apply(v))) {
				added.add(key.apply(v));
			}
		});
		List<T> kept = new ArrayList<>();
		now.forEach(v -> {
			if (!added.contains(key.apply(v))) {
				kept.add(v);
			}
		});
		return kept;
	}
}
