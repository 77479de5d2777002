package app.clientele.contacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import app.clientele.platform.Emails;
import app.clientele.platform.FieldProblem;
import app.clientele.platform.InvalidInput;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import org.jspecify.annotations.Nullable;

/**
 * The field rules of a contact: required names without control characters, a valid email
 * (needed by prospects and clients), phones that parse (normalised to E.164), no birthday in
 * the future, sane lengths. Every problem is reported at once, by field.
 */
final class ContactRules {

	static final int MAX_NAME = 100;
	static final int MAX_TEXT = 200;
	static final int MAX_NOTES = 10_000;
	static final int MAX_PHONES = 10;
	static final int MAX_TAGS = 30;
	/** The customer rule, stricter than staff's: says which rule refused, since staff may use internal domains. */
	static final String EMAIL_RULE = "must be a valid email address on a public domain (customer addresses need "
			+ "a known top-level domain such as .com, which catches typos such as .con; internal domains are for staff)";

	private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

	private ContactRules() {
	}

	/** The details, trimmed, with phones normalised; or {@link InvalidInput} naming every bad field. */
	static Normalised check(ContactDetails d, String phoneRegion) {
		List<FieldProblem> errors = new ArrayList<>();
		String first = name(errors, "firstName", d.firstName(), true);
		String middle = name(errors, "middleName", d.middleName(), false);
		String last = name(errors, "lastName", d.lastName(), true);
		String jobTitle = text(errors, "jobTitle", d.jobTitle(), MAX_TEXT);
		String email = blankToNull(d.email());
		if (email != null && !Emails.isValid(email)) {
			errors.add(new FieldProblem("email", EMAIL_RULE));
		}
		if (d.stage() != null && d.stage().needsEmail() && email == null) {
			errors.add(new FieldProblem("email", "is required for a " + d.stage().name().toLowerCase(Locale.ROOT)));
		}
		List<Phone> phones = phones(errors, d.phones(), phoneRegion);
		if (d.birthday() != null && d.birthday().isAfter(LocalDate.now())) {
			errors.add(new FieldProblem("birthday", "must not be in the future"));
		}
		String notes = text(errors, "notes", d.notes(), MAX_NOTES);
		List<String> tags = tags(errors, d.tags());
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return new Normalised(first, middle, last, jobTitle, email, phones, notes, tags);
	}

	record Normalised(String firstName, @Nullable String middleName, String lastName, @Nullable String jobTitle,
			@Nullable String email, List<Phone> phones, @Nullable String notes, List<String> tags) {
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

	private static List<Phone> phones(List<FieldProblem> errors, @Nullable List<ContactDetails.PhoneInput> inputs,
			String region) {
		List<Phone> phones = new ArrayList<>();
		if (inputs == null) {
			return phones;
		}
		if (inputs.size() > MAX_PHONES) {
			errors.add(new FieldProblem("phones", "must be at most " + MAX_PHONES));
			return phones;
		}
		for (int i = 0; i < inputs.size(); i++) {
			ContactDetails.PhoneInput input = inputs.get(i);
			if (input == null || input.type() == null) {
				errors.add(new FieldProblem("phones[" + i + "].type", "must be WORK, MOBILE, HOME or OTHER"));
				continue;
			}
			String number = blankToNull(input.number());
			if (number == null) {
				errors.add(new FieldProblem("phones[" + i + "].number", "is required"));
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

	private static List<String> tags(List<FieldProblem> errors, @Nullable List<String> tags) {
		Set<String> result = new LinkedHashSet<>();
		if (tags == null) {
			return List.of();
		}
		for (String tag : tags) {
			String t = blankToNull(tag);
			if (t == null) {
				continue;
			}
			if (t.length() > 50 || hasControl(t)) {
				errors.add(new FieldProblem("tags", "must each be at most 50 printable characters"));
				return List.of();
			}
			result.add(t);
		}
		if (result.size() > MAX_TAGS) {
			errors.add(new FieldProblem("tags", "must be at most " + MAX_TAGS));
		}
		return List.copyOf(result);
	}

	private static @Nullable String name(List<FieldProblem> errors, String field, @Nullable String value,
			boolean required) {
		String v = blankToNull(value);
		if (v == null) {
			if (required) {
				errors.add(new FieldProblem(field, "is required"));
			}
			return required ? "" : null;
		}
		if (v.length() > MAX_NAME) {
			errors.add(new FieldProblem(field, "must be at most " + MAX_NAME + " characters"));
		}
		else if (hasControl(v)) {
			errors.add(new FieldProblem(field, "must not contain control characters"));
		}
		return v;
	}

	private static @Nullable String text(List<FieldProblem> errors, String field, @Nullable String value, int max) {
		String v = blankToNull(value);
		if (v != null && v.length() > max) {
			errors.add(new FieldProblem(field, "must be at most " + max + " characters"));
		}
		if (v != null && !field.equals("notes") && hasControl(v)) {
			errors.add(new FieldProblem(field, "must not contain control characters"));
		}
		return v;
	}

	static boolean hasControl(String value) {
		return value.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029);
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
