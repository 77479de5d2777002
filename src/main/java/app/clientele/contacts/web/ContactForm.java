package app.clientele.contacts.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientele.contacts.BusinessRole;
import app.clientele.contacts.Contact;
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

/**
 * The contact form of the console (the Add Contact modal and the edit page). Checkboxes that are
 * not ticked are absent from a post, hence nullable booleans. Phones and addresses are rows
 * ({@code phones[0].number}, {@code addresses[1].city}); a row left blank is no phone or address,
 * so the form can always offer an empty one to fill in.
 */
record ContactForm(@Nullable String firstName, @Nullable String middleName, @Nullable String lastName,
		@Nullable String jobTitle, @Nullable Set<BusinessRole> businessRoles, @Nullable Stage stage,
		@Nullable String email, @Nullable List<PhoneRow> phones, @Nullable LocalDate birthday,
		@Nullable String notes, @Nullable PreferredChannel preferredChannel, @Nullable Boolean doNotEmail,
		@Nullable Boolean doNotCall, @Nullable Boolean mobileOptOut, @Nullable Boolean marketingOptIn,
		@Nullable Boolean active, @Nullable Boolean primary, @Nullable Boolean billingContact,
		@Nullable Set<UUID> siteIds, @Nullable String tags, @Nullable Boolean noWelcomeEmail,
		@Nullable Boolean confirmNotDuplicate, @Nullable Long version, @Nullable Boolean portalEnabled,
		@Nullable Set<PortalPermission> portalPermissions, @Nullable Boolean portalAllSites,
		@Nullable Set<UUID> portalSiteIds, @Nullable Boolean portalSendInvite, @Nullable String secondEmail,
		@Nullable EmailLabel secondEmailLabel, @Nullable List<AddressForm> addresses) {

	private static final Pattern ROW = Pattern.compile("^(phones|addresses)\\[(\\d+)](.*)$");

	/** One phone row: its type and the number as typed (or as shown, formatted for its country). */
	record PhoneRow(@Nullable PhoneType type, @Nullable String number) {

		boolean blank() {
			return number == null || number.isBlank();
		}
	}

	static ContactForm empty(Set<PortalPermission> defaultPermissions) {
		return new ContactForm("", "", "", "", EnumSet.noneOf(BusinessRole.class), null, "", List.of(), null, "",
				PreferredChannel.ANY, false, false, false, false, true, false, false, Set.of(), "", false, false, null,
				false, defaultPermissions, true, Set.of(), true, "", null, List.of());
	}

	/** The contact's fields, each phone shown as {@code display} writes it. */
	static ContactForm of(Contact c, PhoneDisplay display) {
		return new ContactForm(c.firstName(), c.middleName(), c.lastName(), c.jobTitle(), c.businessRoles(), c.stage(),
				c.email(), c.phones().stream().map(p -> new PhoneRow(p.type(), display.format(p))).toList(),
				c.birthday(), c.notes(), c.preferredChannel(), c.doNotEmail(), c.doNotCall(), c.mobileOptOut(),
				c.marketingOptIn(), c.active(), c.primary(), c.billingContact(), c.siteIds(), String.join(", ", c.tags()),
				false, false, c.version(), false, Set.of(), true, Set.of(), false, c.secondEmail(), c.secondEmailLabel(),
				c.addresses().stream().map(AddressForm::of).toList());
	}

	ContactDetails details() {
		List<ContactDetails.PhoneInput> phoneInputs = phoneRows().stream().filter(p -> !p.blank())
				.map(p -> new ContactDetails.PhoneInput(p.type() == null ? PhoneType.WORK : p.type(), p.number()))
				.toList();
		List<PostalAddress> postal = addressRows().stream().filter(a -> !a.blank()).map(AddressForm::address).toList();
		List<String> tagList = tags == null ? List.of()
				: Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
		return new ContactDetails(firstName == null ? "" : firstName, middleName, lastName == null ? "" : lastName,
				jobTitle, businessRoles == null ? Set.of() : businessRoles, stage, email, phoneInputs, birthday, notes,
				preferredChannel == null ? PreferredChannel.ANY : preferredChannel, isTrue(doNotEmail), isTrue(doNotCall),
				isTrue(mobileOptOut), isTrue(marketingOptIn), isTrue(billingContact),
				siteIds == null ? Set.of() : siteIds, tagList, secondEmail, secondEmailLabel, postal);
	}

	NewContact newContact(Map<String, ?> customFields) {
		PortalAccessRequest portal = isTrue(portalEnabled)
				? new PortalAccessRequest(true, portalPermissions == null ? Set.of() : portalPermissions,
						portalAllSites == null || portalAllSites, portalSiteIds, isTrue(portalSendInvite))
				: null;
		return new NewContact(details().withCustomFields(customFields), isTrue(active), isTrue(primary),
				!isTrue(noWelcomeEmail), portal, isTrue(confirmNotDuplicate));
	}

	/** The rows to show: every phone typed, then an empty one while there is room for another. */
	public List<PhoneRow> phoneRowsWithEmpty() {
		List<PhoneRow> rows = new ArrayList<>(phoneRows());
		if (rows.stream().noneMatch(PhoneRow::blank) && rows.size() < 10) {
			rows.add(new PhoneRow(rows.isEmpty() ? PhoneType.WORK : PhoneType.MOBILE, ""));
		}
		return rows;
	}

	/** The addresses to show, with an empty one when there is none. */
	public List<AddressForm> addressRowsWithEmpty() {
		List<AddressForm> rows = new ArrayList<>(addressRows());
		if (rows.isEmpty()) {
			rows.add(AddressForm.EMPTY);
		}
		return rows;
	}

	/**
	 * The form field behind a field of the module's shape: the module numbers only the rows that
	 * were filled in, so {@code phones[0].number} is the first filled row's, wherever it is on the form.
	 */
	String formField(String field) {
		Matcher row = ROW.matcher(field);
		if (!row.matches()) {
			return field;
		}
		List<Boolean> filled = row.group(1).equals("phones") ? phoneRows().stream().map(p -> !p.blank()).toList()
				: addressRows().stream().map(a -> !a.blank()).toList();
		int wanted = Integer.parseInt(row.group(2));
		// a street line's problem shows at the street's text area, where the lines are typed
		String part = row.group(3).startsWith(".lines[") ? ".lines" : row.group(3);
		for (int i = 0, seen = -1; i < filled.size(); i++) {
			if (filled.get(i) && ++seen == wanted) {
				return row.group(1) + "[" + i + "]" + part;
			}
		}
		return field;
	}

	private List<PhoneRow> phoneRows() {
		return phones == null ? List.of() : phones.stream().map(p -> p == null ? new PhoneRow(null, null) : p).toList();
	}

	private List<AddressForm> addressRows() {
		return addresses == null ? List.of() : addresses.stream().map(a -> a == null ? AddressForm.EMPTY : a).toList();
	}

	private static boolean isTrue(@Nullable Boolean b) {
		return Boolean.TRUE.equals(b);
	}
}
