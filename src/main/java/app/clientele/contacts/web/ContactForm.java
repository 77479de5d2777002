package app.clientele.contacts.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.contacts.BusinessRole;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactDetails;
import app.clientele.contacts.NewContact;
import app.clientele.contacts.Phone;
import app.clientele.contacts.PhoneType;
import app.clientele.contacts.PortalAccessRequest;
import app.clientele.contacts.PreferredChannel;
import app.clientele.contacts.Stage;
import app.clientele.staff.PortalPermission;
import org.jspecify.annotations.Nullable;

/**
 * The contact form of the console (the Add Contact modal and the edit page). Checkboxes that are
 * not ticked are absent from a post, hence nullable booleans; the phones are two typed rows.
 */
record ContactForm(@Nullable String firstName, @Nullable String middleName, @Nullable String lastName,
		@Nullable String jobTitle, @Nullable Set<BusinessRole> businessRoles, @Nullable Stage stage,
		@Nullable String email, @Nullable PhoneType phoneType1, @Nullable String phone1,
		@Nullable PhoneType phoneType2, @Nullable String phone2, @Nullable LocalDate birthday,
		@Nullable String notes, @Nullable PreferredChannel preferredChannel, @Nullable Boolean doNotEmail,
		@Nullable Boolean doNotCall, @Nullable Boolean mobileOptOut, @Nullable Boolean marketingOptIn,
		@Nullable Boolean active, @Nullable Boolean primary, @Nullable Boolean billingContact,
		@Nullable Set<UUID> siteIds, @Nullable String tags, @Nullable Boolean noWelcomeEmail,
		@Nullable Boolean confirmNotDuplicate, @Nullable Long version, @Nullable Boolean portalEnabled,
		@Nullable Set<PortalPermission> portalPermissions, @Nullable Boolean portalAllSites,
		@Nullable Set<UUID> portalSiteIds, @Nullable Boolean portalSendInvite) {

	static ContactForm empty(Set<PortalPermission> defaultPermissions) {
		return new ContactForm("", "", "", "", EnumSet.noneOf(BusinessRole.class), null, "", PhoneType.WORK, "",
				PhoneType.MOBILE, "", null, "", PreferredChannel.ANY, false, false, false, false, true, false, false,
				Set.of(), "", false, false, null, false, defaultPermissions, true, Set.of(), true);
	}

	static ContactForm of(Contact c) {
		List<Phone> phones = c.phones();
		Phone p1 = phones.size() > 0 ? phones.get(0) : null;
		Phone p2 = phones.size() > 1 ? phones.get(1) : null;
		return new ContactForm(c.firstName(), c.middleName(), c.lastName(), c.jobTitle(), c.businessRoles(), c.stage(),
				c.email(), p1 == null ? PhoneType.WORK : p1.type(), p1 == null ? "" : p1.number(),
				p2 == null ? PhoneType.MOBILE : p2.type(), p2 == null ? "" : p2.number(), c.birthday(), c.notes(),
				c.preferredChannel(), c.doNotEmail(), c.doNotCall(), c.mobileOptOut(), c.marketingOptIn(), c.active(),
				c.primary(), c.billingContact(), c.siteIds(), String.join(", ", c.tags()), false, false, c.version(),
				false, Set.of(), true, Set.of(), false);
	}

	ContactDetails details() {
		List<ContactDetails.PhoneInput> phones = new ArrayList<>();
		if (phone1 != null && !phone1.isBlank()) {
			phones.add(new ContactDetails.PhoneInput(phoneType1 == null ? PhoneType.WORK : phoneType1, phone1));
		}
		if (phone2 != null && !phone2.isBlank()) {
			phones.add(new ContactDetails.PhoneInput(phoneType2 == null ? PhoneType.MOBILE : phoneType2, phone2));
		}
		List<String> tagList = tags == null ? List.of()
				: Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
		return new ContactDetails(firstName == null ? "" : firstName, middleName, lastName == null ? "" : lastName,
				jobTitle, businessRoles == null ? Set.of() : businessRoles, stage, email, phones, birthday, notes,
				preferredChannel == null ? PreferredChannel.ANY : preferredChannel, isTrue(doNotEmail), isTrue(doNotCall),
				isTrue(mobileOptOut), isTrue(marketingOptIn), isTrue(billingContact),
				siteIds == null ? Set.of() : siteIds, tagList);
	}

	NewContact newContact(Map<String, ?> customFields) {
		PortalAccessRequest portal = isTrue(portalEnabled)
				? new PortalAccessRequest(true, portalPermissions == null ? Set.of() : portalPermissions,
						portalAllSites == null || portalAllSites, portalSiteIds, isTrue(portalSendInvite))
				: null;
		return new NewContact(details().withCustomFields(customFields), isTrue(active), isTrue(primary), !isTrue(noWelcomeEmail), portal,
				isTrue(confirmNotDuplicate));
	}

	/** The form field behind a field of the module's shape (phones[0].number is the first phone typed). */
	String formField(String field) {
		boolean first = phone1 != null && !phone1.isBlank();
		if (field.startsWith("phones[0]")) {
			return first ? "phone1" : "phone2";
		}
		if (field.startsWith("phones[1]")) {
			return "phone2";
		}
		return field;
	}

	private static boolean isTrue(@Nullable Boolean b) {
		return Boolean.TRUE.equals(b);
	}
}
