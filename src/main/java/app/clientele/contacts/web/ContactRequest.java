package app.clientele.contacts.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.contacts.BusinessRole;
import app.clientele.contacts.ContactDetails;
import app.clientele.contacts.EmailLabel;
import app.clientele.contacts.NewContact;
import app.clientele.contacts.PhoneType;
import app.clientele.contacts.PortalAccessRequest;
import app.clientele.contacts.PreferredChannel;
import app.clientele.contacts.Stage;
import app.clientele.platform.PostalAddress;
import app.clientele.staff.PortalPermission;
import org.jspecify.annotations.Nullable;

/** A new contact as clients send it. Flags left out take their defaults. */
record ContactRequest(@Nullable String firstName, @Nullable String middleName, @Nullable String lastName,
		@Nullable String jobTitle, @Nullable Set<BusinessRole> businessRoles, @Nullable Stage stage,
		@Nullable String email, @Nullable List<PhoneRequest> phones, @Nullable LocalDate birthday,
		@Nullable String notes, @Nullable PreferredChannel preferredChannel, @Nullable Boolean doNotEmail,
		@Nullable Boolean doNotCall, @Nullable Boolean mobileOptOut, @Nullable Boolean marketingOptIn,
		@Nullable Boolean active, @Nullable Boolean primary, @Nullable Boolean billingContact,
		@Nullable Set<UUID> siteIds, @Nullable List<String> tags, @Nullable Boolean sendWelcomeEmail,
		@Nullable PortalRequest portal, @Nullable Boolean confirmNotDuplicate, @Nullable String secondEmail,
		@Nullable EmailLabel secondEmailLabel, @Nullable List<PostalAddress> addresses,
		@Nullable Map<String, @Nullable Object> customFields) {

	record PhoneRequest(@Nullable PhoneType type, @Nullable String number) {
	}

	record PortalRequest(@Nullable Boolean enabled, @Nullable Set<PortalPermission> permissions,
			@Nullable Boolean allSites, @Nullable Set<UUID> siteIds, @Nullable Boolean sendInvite) {
	}

	NewContact toNewContact() {
		ContactDetails details = ContactDocument.details(firstName, middleName, lastName, jobTitle, businessRoles, stage,
				email, phones, birthday, notes, preferredChannel, doNotEmail, doNotCall, mobileOptOut, marketingOptIn,
				billingContact, siteIds, tags, secondEmail, secondEmailLabel, addresses, customFields);
		PortalAccessRequest portalAccess = portal == null ? null
				: new PortalAccessRequest(Boolean.TRUE.equals(portal.enabled()), portal.permissions(), portal.allSites(),
						portal.siteIds(), Boolean.TRUE.equals(portal.sendInvite()));
		return new NewContact(details, active == null || active, Boolean.TRUE.equals(primary),
				sendWelcomeEmail == null || sendWelcomeEmail, portalAccess, Boolean.TRUE.equals(confirmNotDuplicate));
	}
}
