package app.clientele.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.platform.PostalAddress;
import app.clientele.platform.Versioned;
import org.jspecify.annotations.Nullable;

/** A contact as stored. Active means not archived. */
public record Contact(UUID id, @Nullable UUID accountId, String firstName, @Nullable String middleName,
		String lastName, @Nullable String jobTitle, Set<BusinessRole> businessRoles, @Nullable Stage stage,
		@Nullable String email, List<Phone> phones, @Nullable LocalDate birthday, @Nullable String notes,
		PreferredChannel preferredChannel, boolean doNotEmail, boolean doNotCall, boolean mobileOptOut,
		boolean marketingOptIn, boolean primary, boolean billingContact, Set<UUID> siteIds, List<String> tags,
		@Nullable Instant archivedAt, Instant accountSince, long version, Instant createdAt, Instant updatedAt,
		@Nullable String secondEmail, @Nullable EmailLabel secondEmailLabel, List<PostalAddress> addresses,
		Map<String, Object> customFields) implements Versioned {

	/**
	 * {@code customFields}: the values of custom fields, by key, as stored ({@code fields.CustomFieldType}
	 * says each type's form).
	 */
	public Contact {
		// merges stored before contacts had addresses or custom fields read back without them
		addresses = addresses == null ? List.of() : List.copyOf(addresses);
		customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
	}

	/** A contact without custom field values. */
	public Contact(UUID id, @Nullable UUID accountId, String firstName, @Nullable String middleName, String lastName,
			@Nullable String jobTitle, Set<BusinessRole> businessRoles, @Nullable Stage stage, @Nullable String email,
			List<Phone> phones, @Nullable LocalDate birthday, @Nullable String notes, PreferredChannel preferredChannel,
			boolean doNotEmail, boolean doNotCall, boolean mobileOptOut, boolean marketingOptIn, boolean primary,
			boolean billingContact, Set<UUID> siteIds, List<String> tags, @Nullable Instant archivedAt,
			Instant accountSince, long version, Instant createdAt, Instant updatedAt, @Nullable String secondEmail,
			@Nullable EmailLabel secondEmailLabel, List<PostalAddress> addresses) {
		this(id, accountId, firstName, middleName, lastName, jobTitle, businessRoles, stage, email, phones, birthday,
				notes, preferredChannel, doNotEmail, doNotCall, mobileOptOut, marketingOptIn, primary, billingContact,
				siteIds, tags, archivedAt, accountSince, version, createdAt, updatedAt, secondEmail, secondEmailLabel,
				addresses, Map.of());
	}

	public boolean active() {
		return archivedAt == null;
	}

	public String name() {
		return displayName(firstName, middleName, lastName);
	}

	/**
	 * A person's name as every screen and email shows it: first, middle (when there is one) and
	 * last name. Code that reads names straight from the table builds them here, so no email or
	 * list drops the middle name.
	 */
	public static String displayName(String firstName, @Nullable String middleName, String lastName) {
		return middleName == null || middleName.isBlank() ? firstName + " " + lastName
				: firstName + " " + middleName + " " + lastName;
	}

	/** Whether email for this purpose may be sent to this contact, and why not (see {@link Emailability}). */
	public Emailability emailability(Emailability.Purpose purpose) {
		return Emailability.of(!active(), email, doNotEmail, marketingOptIn, purpose);
	}

	public List<Warning> warnings() {
		return SharedMailboxes.isShared(email) ? List.of(Warning.sharedEmail(email)) : List.of();
	}

	/** The editable fields as they are now: what an edit starts from. */
	public ContactDetails details() {
		return new ContactDetails(firstName, middleName, lastName, jobTitle, businessRoles, stage, email,
				phones.stream().map(p -> new ContactDetails.PhoneInput(p.type(), p.number())).toList(), birthday, notes,
				preferredChannel, doNotEmail, doNotCall, mobileOptOut, marketingOptIn, billingContact, siteIds, tags,
				secondEmail, secondEmailLabel, addresses, customFields);
	}
}
