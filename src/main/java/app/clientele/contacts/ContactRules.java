package app.clientele.contacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import app.clientele.fields.CustomFieldRules;
import app.clientele.platform.FieldConstraints;
import app.clientele.platform.FieldProblem;
import app.clientele.platform.InvalidInput;
import app.clientele.platform.PostalAddress;
import app.clientele.platform.PostalAddresses;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a contact beyond the limits {@link ContactDetails} declares on its fields: an email
 * for prospects and clients, phones that parse in the default region (normalised to E.164); and
 * the details trimmed as stored. Every problem is reported at once, by field.
 */
final class ContactRules {

	static final int MAX_NAME = 100;
	static final int MAX_TEXT = 200;
	static final int MAX_NOTES = 10_000;
	static final int MAX_PHONES = 10;
	static final int MAX_TAGS = 30;
	static final int MAX_TAG = 50;
	/** The customer rule, stricter than staff's: says which rule refused, since staff may use internal domains. */
	static final String EMAIL_RULE = "must be a valid email address on a public domain (customer addresses need "
			+ "a known top-level domain such as .com, which catches typos such as .con; internal domains are for staff)";

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private ContactRules() {
	}

	/** The details, trimmed, with phones normalised; or {@link InvalidInput} naming every bad field. */
	static Normalised check(ContactDetails d, String phoneRegion, FieldConstraints constraints) {
		return check(d, phoneRegion, constraints, null, Map.of(), true);
	}

	/**
	 * As {@link #check(ContactDetails, String, FieldConstraints)}, with the custom fields' values
	 * checked by {@code custom} ({@code before}: the contact's stored values, empty when creating;
	 * details without a map keep them).
	 */
	static Normalised check(ContactDetails d, String phoneRegion, FieldConstraints constraints,
			@Nullable CustomFieldRules custom, Map<String, Object> before, boolean creating) {
		List<FieldProblem> errors = new ArrayList<>();
		String email = blankToNull(d.email());
		if (d.stage() != null && d.stage().needsEmail() && email == null) {
			errors.add(new FieldProblem("email", "is required for a " + d.stage().name().toLowerCase(Locale.ROOT)));
		}
		List<Phone> phones = phones(errors, d.phones(), phoneRegion);
		String secondEmail = blankToNull(d.secondEmail());
		if (secondEmail != null && secondEmail.equalsIgnoreCase(email)) {
			errors.add(new FieldProblem("secondEmail", "must differ from the email (it is the same address)"));
		}
		List<PostalAddress> addresses = addresses(errors, d.addresses());
		Map<String, Object> customFields = custom == null || d.customFields() == null && !creating ? before
				: custom.check(d.customFields(), before, creating, errors);
		constraints.valid(d, errors);
		return new Normalised(blankToEmpty(d.firstName()), blankToNull(d.middleName()), blankToEmpty(d.lastName()),
				blankToNull(d.jobTitle()), email, phones, blankToNull(d.notes()), tags(d.tags()), secondEmail,
				secondEmail == null ? null : d.secondEmailLabel(), addresses, customFields);
	}

	record Normalised(String firstName, @Nullable String middleName, String lastName, @Nullable String jobTitle,
			@Nullable String email, List<Phone> phones, @Nullable String notes, List<String> tags,
			@Nullable String secondEmail, @Nullable EmailLabel secondEmailLabel, List<PostalAddress> addresses,
			Map<String, Object> customFields) {

		/** Every email of the person, the primary first: what duplicates are looked for by. */
		List<String> emails() {
			return Stream.of(email, secondEmail).filter(e -> e != null).toList();
		}
	}

	/** E.164 of a number typed in any format, or null when it cannot be read. */
	static @Nullable String e164(String number, String region) {
		try {
			Phonenumber.PhoneNumber parsed = PHONES.parse(number, region);
			return PHONES.isValidNumber(parsed) ? PHONES.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164) : null;
		}
		catch (NumberParseException e) {
			return null;
		}
	}

	/** A number of the region written as people should type it: "+1 201-555-0123". */
	static String example(String region) {
		Phonenumber.PhoneNumber example = PHONES.getExampleNumber(region);
		return example == null ? "+" + PHONES.getCountryCodeForRegion(region)
				: PHONES.format(example, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
	}

	/** Phones that parse in the region; a missing type or number is refused by the constraints. */
	private static List<Phone> phones(List<FieldProblem> errors, @Nullable List<ContactDetails.PhoneInput> inputs,
			String region) {
		List<Phone> phones = new ArrayList<>();
		if (inputs == null || inputs.size() > MAX_PHONES) {
			return phones;
		}
		for (int i = 0; i < inputs.size(); i++) {
			ContactDetails.PhoneInput input = inputs.get(i);
			if (input == null) {
				// a null in the list is not cascaded into, so it is reported here as a phone without a type
				errors.add(new FieldProblem("phones[" + i + "].type", "must be WORK, MOBILE, HOME or OTHER"));
				continue;
			}
			String number = blankToNull(input.number());
			if (input.type() == null || number == null) {
				continue;
			}
			String e164 = number.length() > 40 ? null : e164(number, region);
			if (e164 == null) {
				errors.add(FieldProblem.of("phones[" + i + "].number",
						"is not a phone number we can read (with region " + region + ")", "validation.phone.unreadable",
						i + 1, example(region)));
				continue;
			}
			phones.add(new Phone(input.type(), number, e164));
		}
		return phones;
	}

	/** Addresses trimmed as stored; a null in the list or a bad country or postcode is reported by index. */
	private static List<PostalAddress> addresses(List<FieldProblem> errors, @Nullable List<PostalAddress> inputs) {
		List<PostalAddress> addresses = new ArrayList<>();
		if (inputs == null || inputs.size() > PostalAddresses.MAX_ADDRESSES) {
			return addresses;
		}
		for (int i = 0; i < inputs.size(); i++) {
			PostalAddress input = inputs.get(i);
			if (input == null) {
				errors.add(new FieldProblem("addresses[" + i + "].type", "must be WORK, HOME, BILLING or SHIPPING"));
				continue;
			}
			errors.addAll(PostalAddresses.problems("addresses[" + i + "]", input));
			addresses.add(PostalAddresses.normalised(input));
		}
		return List.copyOf(addresses);
	}

	private static List<String> tags(@Nullable List<String> tags) {
		Set<String> result = new LinkedHashSet<>();
		if (tags != null) {
			tags.stream().map(ContactRules::blankToNull).filter(t -> t != null).forEach(result::add);
		}
		return List.copyOf(result);
	}

	private static String blankToEmpty(@Nullable String value) {
		String v = blankToNull(value);
		return v == null ? "" : v;
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The contact as stored, from the details and their normalised form. */
	static Contact build(UUID id, @Nullable UUID accountId, ContactRules.Normalised n, ContactDetails d,
			boolean primary, @Nullable Instant archivedAt, Instant accountSince, Instant createdAt, Instant updatedAt,
			long version) {
		return new Contact(id, accountId, n.firstName(), n.middleName(), n.lastName(), n.jobTitle(),
				d.businessRoles() == null ? Set.of() : Set.copyOf(d.businessRoles()), d.stage(), n.email(), n.phones(),
				d.birthday(), n.notes(), d.preferredChannel() == null ? PreferredChannel.ANY : d.preferredChannel(),
				d.doNotEmail(), d.doNotCall(), d.mobileOptOut(), d.marketingOptIn(), primary, d.billingContact(),
				d.siteIds() == null ? Set.of() : Set.copyOf(d.siteIds()), n.tags(), archivedAt, accountSince, version,
				createdAt, updatedAt, n.secondEmail(), n.secondEmailLabel(), n.addresses(), n.customFields());
	}
}
