package app.clientele.contacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The editable fields of a contact, as staff type them (phones not yet normalised). */
public record ContactDetails(String firstName, @Nullable String middleName, String lastName,
		@Nullable String jobTitle, Set<BusinessRole> businessRoles, @Nullable Stage stage, @Nullable String email,
		List<PhoneInput> phones, @Nullable LocalDate birthday, @Nullable String notes,
		PreferredChannel preferredChannel, boolean doNotEmail, boolean doNotCall, boolean mobileOptOut,
		boolean marketingOptIn, boolean billingContact, Set<UUID> siteIds, List<String> tags) {

	/** A phone as typed. */
	public record PhoneInput(@Nullable PhoneType type, @Nullable String number) {
	}
}
