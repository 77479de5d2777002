package app.clientele.contacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import app.clientele.fields.CustomFieldRules;
import app.clientele.platform.InvalidInput;
import app.clientele.platform.PostalAddress;
import app.clientele.platform.PostalAddresses;
import org.jspecify.annotations.Nullable;

/**
 * The survivor's fields after a merge. Single-valued fields are chosen per field (the survivor's
 * unless staff keep the other's); phones, tags and sites are unioned and notes joined, so nothing
 * typed is lost. Where it matters the safest value wins and is not a choice: do-not-email,
 * do-not-call and mobile opt-out hold if either side has them; marketing opt-in holds only if
 * both sides have it (a consent missing or withdrawn on either side stays missing). Addresses are
 * unioned too; the survivor keeps its second email, else takes the other's.
 */
final class MergedFields {

	/** The fields staff choose between the two sides. */
	static final List<String> CHOSEN = List.of("firstName", "middleName", "lastName", "jobTitle", "businessRoles",
			"stage", "email", "birthday", "preferredChannel", "billingContact");

	private static final Set<String> NOT_CHOSEN = Set.of("phones", "tags", "siteIds", "notes", "doNotEmail",
			"doNotCall", "mobileOptOut", "marketingOptIn");

	private MergedFields() {
	}

	/** Refuses, naming the field, a choice of a field that does not exist or is not chosen. */
	static void check(Map<String, MergeChoice> keep, CustomFieldRules custom) {
		for (String field : keep.keySet()) {
			if (field.startsWith(FieldChanges.CUSTOM)) {
				if (custom.field(field.substring(FieldChanges.CUSTOM.length())).isEmpty()) {
					throw new InvalidInput("keep." + field, "is not a custom field of contacts");
				}
				continue;
			}
			if (NOT_CHOSEN.contains(field)) {
				throw new InvalidInput("keep." + field, "is combined from both contacts (the safest value wins), not chosen");
			}
			if (!CHOSEN.contains(field)) {
				throw new InvalidInput("keep." + field, "is not a field of a contact that a merge chooses: one of "
						+ String.join(", ", CHOSEN));
			}
		}
	}

	static ContactDetails of(Contact survivor, Contact other, MergeRequest request) {
		Function<String, Contact> side = field -> request.choice(field) == MergeChoice.OTHER ? other : survivor;
		Set<UUID> sites = new LinkedHashSet<>(survivor.siteIds());
		if (Objects.equals(survivor.accountId(), other.accountId())) {
			sites.addAll(other.siteIds());
		}
		Contact second = secondEmail(survivor, other, side.apply("email").email());
		return new ContactDetails(side.apply("firstName").firstName(), side.apply("middleName").middleName(),
				side.apply("lastName").lastName(), side.apply("jobTitle").jobTitle(),
				side.apply("businessRoles").businessRoles(), side.apply("stage").stage(), side.apply("email").email(),
				phones(survivor, other), side.apply("birthday").birthday(), notes(survivor.notes(), other.notes()),
				side.apply("preferredChannel").preferredChannel(), survivor.doNotEmail() || other.doNotEmail(),
				survivor.doNotCall() || other.doNotCall(), survivor.mobileOptOut() || other.mobileOptOut(),
				survivor.marketingOptIn() && other.marketingOptIn(), side.apply("billingContact").billingContact(),
				sites, union(survivor.tags(), other.tags()), second == null ? null : second.secondEmail(),
				second == null ? null : second.secondEmailLabel(), addresses(survivor, other),
				custom(survivor, other, request));
	}

	/** The side whose second email the survivor keeps: its own, else the other's (unless that is the email kept). */
	private static @Nullable Contact secondEmail(Contact survivor, Contact other, @Nullable String email) {
		return Stream.of(survivor, other).filter(c -> c.secondEmail() != null
				&& !c.secondEmail().equalsIgnoreCase(email)).findFirst().orElse(null);
	}

	/** Every address of either side, once, the survivor's first; at most as many as a contact keeps. */
	private static List<PostalAddress> addresses(Contact survivor, Contact other) {
		return Stream.concat(survivor.addresses().stream(), other.addresses().stream()).distinct()
				.limit(PostalAddresses.MAX_ADDRESSES).toList();
	}

	/**
	 * Custom fields ({@code keep."custom.<key>"}): the survivor's value unless the other's is kept,
	 * and the other's where the survivor has none, so that nothing filled in is lost.
	 */
	private static Map<String, Object> custom(Contact survivor, Contact other, MergeRequest request) {
		Map<String, Object> values = new LinkedHashMap<>(other.customFields());
		survivor.customFields().forEach((key, value) -> {
			if (request.choice(FieldChanges.CUSTOM + key) != MergeChoice.OTHER || !other.customFields().containsKey(key)) {
				values.put(key, value);
			}
		});
		return values;
	}

	private static List<ContactDetails.PhoneInput> phones(Contact survivor, Contact other) {
		Map<String, Phone> byNumber = new LinkedHashMap<>();
		for (Phone p : survivor.phones()) {
			byNumber.putIfAbsent(p.e164(), p);
		}
		for (Phone p : other.phones()) {
			byNumber.putIfAbsent(p.e164(), p);
		}
		return byNumber.values().stream().map(p -> new ContactDetails.PhoneInput(p.type(), p.number())).toList();
	}

	private static @Nullable String notes(@Nullable String survivor, @Nullable String other) {
		if (other == null || other.isBlank() || other.equals(survivor)) {
			return survivor;
		}
		return survivor == null || survivor.isBlank() ? other : survivor + "\n\n" + other;
	}

	private static List<String> union(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		b.stream().filter(t -> all.stream().noneMatch(t::equalsIgnoreCase)).forEach(all::add);
		return all;
	}
}
