package app.clientele.contacts.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.contacts.BusinessRole;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactDetails;
import app.clientele.contacts.EmailLabel;
import app.clientele.contacts.PreferredChannel;
import app.clientele.contacts.Stage;
import app.clientele.platform.PostalAddress;
import org.jspecify.annotations.Nullable;

/** The editable form of a contact: the target of a merge patch. */
record ContactDocument(@Nullable String firstName, @Nullable String middleName, @Nullable String lastName,
		@Nullable String jobTitle, @Nullable Set<BusinessRole> businessRoles, @Nullable Stage stage,
		@Nullable String email, @Nullable List<ContactRequest.PhoneRequest> phones, @Nullable LocalDate birthday,
		@Nullable String notes, @Nullable PreferredChannel preferredChannel, @Nullable Boolean doNotEmail,
		@Nullable Boolean doNotCall, @Nullable Boolean mobileOptOut, @Nullable Boolean marketingOptIn,
		@Nullable Boolean active, @Nullable Boolean primary, @Nullable Boolean billingContact,
		@Nullable Set<UUID> siteIds, @Nullable List<String> tags, @Nullable String secondEmail,
		@Nullable EmailLabel secondEmailLabel, @Nullable List<PostalAddress> addresses,
		@Nullable Map<String, @Nullable Object> customFields) {

	static ContactDocument of(Contact c) {
		return new ContactDocument(c.firstName(), c.middleName(), c.lastName(), c.jobTitle(), c.businessRoles(),
				c.stage(), c.email(),
				c.phones().stream().map(p -> new ContactRequest.PhoneRequest(p.type(), p.number())).toList(),
				c.birthday(), c.notes(), c.preferredChannel(), c.doNotEmail(), c.doNotCall(), c.mobileOptOut(),
				c.marketingOptIn(), c.active(), c.primary(), c.billingContact(), c.siteIds(), c.tags(), c.secondEmail(),
				c.secondEmailLabel(), c.addresses(), new LinkedHashMap<>(c.customFields()));
	}

	ContactDetails details() {
		return details(firstName, middleName, lastName, jobTitle, businessRoles, stage, email, phones, birthday, notes,
				preferredChannel, doNotEmail, doNotCall, mobileOptOut, marketingOptIn, billingContact, siteIds, tags,
				secondEmail, secondEmailLabel, addresses, customFields == null ? Map.of() : customFields);
	}

	static ContactDetails details(@Nullable String firstName, @Nullable String middleName, @Nullable String lastName,
			@Nullable String jobTitle, @Nullable Set<BusinessRole> businessRoles, @Nullable Stage stage,
			@Nullable String email, @Nullable List<ContactRequest.PhoneRequest> phones, @Nullable LocalDate birthday,
			@Nullable String notes, @Nullable PreferredChannel preferredChannel, @Nullable Boolean doNotEmail,
			@Nullable Boolean doNotCall, @Nullable Boolean mobileOptOut, @Nullable Boolean marketingOptIn,
			@Nullable Boolean billingContact, @Nullable Set<UUID> siteIds, @Nullable List<String> tags,
			@Nullable String secondEmail, @Nullable EmailLabel secondEmailLabel, @Nullable List<PostalAddress> addresses,
			@Nullable Map<String, ?> customFields) {
		return new ContactDetails(firstName == null ? "" : firstName, middleName, lastName == null ? "" : lastName,
				jobTitle, businessRoles == null ? Set.of() : businessRoles, stage, email,
				phones == null ? List.of()
						: phones.stream().map(p -> p == null ? new ContactDetails.PhoneInput(null, null)
								: new ContactDetails.PhoneInput(p.type(), p.number())).toList(),
				birthday, notes, preferredChannel == null ? PreferredChannel.ANY : preferredChannel,
				Boolean.TRUE.equals(doNotEmail), Boolean.TRUE.equals(doNotCall), Boolean.TRUE.equals(mobileOptOut),
				Boolean.TRUE.equals(marketingOptIn), Boolean.TRUE.equals(billingContact),
				siteIds == null ? Set.of() : siteIds, tags == null ? List.of() : tags, secondEmail, secondEmailLabel,
				addresses == null ? List.of() : addresses, customFields);
	}
}
