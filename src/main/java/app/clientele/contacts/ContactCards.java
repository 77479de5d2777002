package app.clientele.contacts;

import java.util.Locale;
import java.util.Map;

import app.clientele.fields.CustomFieldRules;
import app.clientele.platform.PostalAddress;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Uid;
import ezvcard.util.TelUri;

/**
 * A contact as a vCard 4.0 (RFC 6350): N and FN, ORG (the account's name), TITLE, EMAIL (a second
 * one typed by its label), ADR (one per address, typed by kind), TEL (a
 * tel: URI of the E.164 number, typed by kind), CATEGORIES (the tags), BDAY, NOTE, and the UID
 * {@code urn:uuid:<id>}. Escaping and line folding are ez-vcard's.
 */
final class ContactCards {

	static final VCardVersion VERSION = VCardVersion.V4_0;

	/** How each kind of phone is typed: RFC 6350 has work, home and cell; any other is a voice line. */
	private static final Map<PhoneType, TelephoneType> TYPES = Map.of(PhoneType.WORK, TelephoneType.WORK,
			PhoneType.MOBILE, TelephoneType.CELL, PhoneType.HOME, TelephoneType.HOME, PhoneType.OTHER,
			TelephoneType.VOICE);

	/** How a second email is typed: RFC 6350 has work and home; a billing address gets its own (x-) name. */
	private static final Map<EmailLabel, EmailType> EMAIL_TYPES = Map.of(EmailLabel.WORK, EmailType.WORK,
			EmailLabel.PERSONAL, EmailType.HOME, EmailLabel.BILLING, EmailType.get("billing"));

	private ContactCards() {
	}

	/** An ADR: each street line a value of the street part, typed work or home (billing, shipping by name). */
	private static Address address(PostalAddress a) {
		Address adr = new Address();
		adr.getStreetAddresses().addAll(a.lines());
		adr.setLocality(a.city());
		adr.setRegion(a.region());
		adr.setPostalCode(a.postcode());
		adr.setCountry(a.country());
		if (a.type() != null) {
			adr.getTypes().add(ezvcard.parameter.AddressType.get(a.type().name().toLowerCase(Locale.ROOT)));
		}
		return adr;
	}

	/** The vCard property of a custom field: {@code X-CUSTOM-} and its key, upper case, {@code _} as {@code -} (keys hold no {@code -}). */
	static final String CUSTOM_PROPERTY = "X-CUSTOM-";

	static VCard card(ExportedContact exported, CustomFieldRules custom) {
		VCard card = card(exported);
		Map<String, Object> values = exported.contact().customFields();
		custom.fields().stream().filter(f -> values.get(f.key()) != null).forEach(f -> card.addExtendedProperty(
				CUSTOM_PROPERTY + f.key().toUpperCase(Locale.ROOT).replace('_', '-'), custom.text(f.key(), values.get(f.key()))));
		return card;
	}

	/** The card of the built-in fields (the custom ones are added by {@link #card(ExportedContact, CustomFieldRules)}). */
	static VCard card(ExportedContact exported) {
		Contact c = exported.contact();
		VCard card = new VCard(VERSION);
		card.setUid(new Uid("urn:uuid:" + c.id()));
		StructuredName name = new StructuredName();
		name.setFamily(c.lastName());
		name.setGiven(c.firstName());
		if (c.middleName() != null) {
			name.getAdditionalNames().add(c.middleName());
		}
		card.setStructuredName(name);
		card.setFormattedName(c.name());
		if (exported.accountName() != null) {
			card.setOrganization(exported.accountName());
		}
		if (c.jobTitle() != null) {
			card.addTitle(c.jobTitle());
		}
		if (c.email() != null) {
			card.addEmail(c.email());
		}
		if (c.secondEmail() != null) {
			Email second = card.addEmail(c.secondEmail());
			if (c.secondEmailLabel() != null) {
				second.getTypes().add(EMAIL_TYPES.get(c.secondEmailLabel()));
			}
		}
		c.addresses().forEach(a -> card.addAddress(address(a)));
		for (Phone phone : c.phones()) {
			Telephone tel = new Telephone(new TelUri.Builder(phone.e164()).build());
			tel.getTypes().add(TYPES.get(phone.type()));
			card.addTelephoneNumber(tel);
		}
		if (!c.tags().isEmpty()) {
			Categories categories = new Categories();
			categories.getValues().addAll(c.tags());
			card.setCategories(categories);
		}
		if (c.birthday() != null) {
			card.setBirthday(new Birthday(c.birthday()));
		}
		if (c.notes() != null) {
			card.addNote(c.notes());
		}
		return card;
	}
}
