package app.clientele.contacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.platform.EmailAddress;
import app.clientele.platform.PostalAddress;
import app.clientele.platform.PostalAddresses;
import app.clientele.platform.Printable;
import app.clientele.platform.TextLimit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The editable fields of a contact, as staff type them (phones not yet normalised). The limits of
 * each field are declared here; {@link ContactRules} adds the rules across fields.
 */
public record ContactDetails(
		@NotBlank(message = "is required") @TextLimit(max = ContactRules.MAX_NAME) @Printable String firstName,
		@TextLimit(max = ContactRules.MAX_NAME) @Printable @Nullable String middleName,
		@NotBlank(message = "is required") @TextLimit(max = ContactRules.MAX_NAME) @Printable String lastName,
		@TextLimit(max = ContactRules.MAX_TEXT) @Printable @Nullable String jobTitle,
		Set<BusinessRole> businessRoles, @Nullable Stage stage,
		@EmailAddress(message = ContactRules.EMAIL_RULE) @Nullable String email,
		@Size(max = ContactRules.MAX_PHONES, message = "must be at most {max}") @Valid List<PhoneInput> phones,
		@PastOrPresent(message = "must not be in the future") @Nullable LocalDate birthday,
		@TextLimit(max = ContactRules.MAX_NOTES) @Nullable String notes,
		PreferredChannel preferredChannel, boolean doNotEmail, boolean doNotCall, boolean mobileOptOut,
		boolean marketingOptIn, boolean billingContact, Set<UUID> siteIds,
		@Tags(each = ContactRules.MAX_TAG) List<String> tags,
		@EmailAddress(message = ContactRules.EMAIL_RULE) @Nullable String secondEmail,
		@Nullable EmailLabel secondEmailLabel,
		@Size(max = PostalAddresses.MAX_ADDRESSES, message = "must be at most {max}") @Valid List<PostalAddress> addresses,
		@Nullable Map<String, ?> customFields) {

	/**
	 * Details that say nothing of custom fields ({@code customFields} null): a new contact gets each
	 * field's default, an edit keeps the values the contact has. A map (the API's document, the
	 * console's form) gives every live field's value, see {@code fields.CustomFieldRules#check}.
	 */
	public ContactDetails(String firstName, @Nullable String middleName, String lastName, @Nullable String jobTitle,
			Set<BusinessRole> businessRoles, @Nullable Stage stage, @Nullable String email, List<PhoneInput> phones,
			@Nullable LocalDate birthday, @Nullable String notes, PreferredChannel preferredChannel, boolean doNotEmail,
			boolean doNotCall, boolean mobileOptOut, boolean marketingOptIn, boolean billingContact, Set<UUID> siteIds,
			List<String> tags, @Nullable String secondEmail, @Nullable EmailLabel secondEmailLabel,
			List<PostalAddress> addresses) {
		this(firstName, middleName, lastName, jobTitle, businessRoles, stage, email, phones, birthday, notes,
				preferredChannel, doNotEmail, doNotCall, mobileOptOut, marketingOptIn, billingContact, siteIds, tags,
				secondEmail, secondEmailLabel, addresses, null);
	}

	/** Details without a second email, addresses or custom field values. */
	public ContactDetails(String firstName, @Nullable String middleName, String lastName, @Nullable String jobTitle,
			Set<BusinessRole> businessRoles, @Nullable Stage stage, @Nullable String email, List<PhoneInput> phones,
			@Nullable LocalDate birthday, @Nullable String notes, PreferredChannel preferredChannel, boolean doNotEmail,
			boolean doNotCall, boolean mobileOptOut, boolean marketingOptIn, boolean billingContact, Set<UUID> siteIds,
			List<String> tags) {
		this(firstName, middleName, lastName, jobTitle, businessRoles, stage, email, phones, birthday, notes,
				preferredChannel, doNotEmail, doNotCall, mobileOptOut, marketingOptIn, billingContact, siteIds, tags,
				null, null, List.of(), null);
	}

	/** These details with the custom fields' values as a client sends them (see {@code fields.CustomFieldRules#check}). */
	public ContactDetails withCustomFields(@Nullable Map<String, ?> values) {
		return new ContactDetails(firstName, middleName, lastName, jobTitle, businessRoles, stage, email, phones, birthday,
				notes, preferredChannel, doNotEmail, doNotCall, mobileOptOut, marketingOptIn, billingContact, siteIds, tags,
				secondEmail, secondEmailLabel, addresses, values);
	}

	/** A phone as typed. */
	public record PhoneInput(@NotNull(message = "must be WORK, MOBILE, HOME or OTHER") @Nullable PhoneType type,
			@NotBlank(message = "is required") @Nullable String number) {
	}
}
