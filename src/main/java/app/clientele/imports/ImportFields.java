package app.clientele.imports;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.clientele.contacts.ContactColumns;
import app.clientele.contacts.PhoneType;
import app.clientele.fields.CustomField;
import app.clientele.fields.CustomFieldRules;
import org.jspecify.annotations.Nullable;

/**
 * The fields a column can be mapped to (the export's column names, {@link ContactColumns}) and
 * the mapping proposed from a file's headers: the field names themselves and the names other
 * systems and spreadsheets use for them (HubSpot, Salesforce, Outlook and Google exports),
 * compared with case, accents, spaces and punctuation ignored.
 */
final class ImportFields {

	/** Fields that more than one column may feed (the values are added up). */
	static final List<String> REPEATABLE = List.of(ContactColumns.TAGS, ContactColumns.phone(PhoneType.WORK),
			ContactColumns.phone(PhoneType.MOBILE), ContactColumns.phone(PhoneType.HOME),
			ContactColumns.phone(PhoneType.OTHER));

	private static final Map<String, String> SYNONYMS = synonyms();

	private static final java.util.regex.Pattern CUSTOM_KEY = java.util.regex.Pattern.compile("^[a-z][a-z0-9_]{0,59}$");

	private ImportFields() {
	}

	private static Map<String, String> synonyms() {
		Map<String, String> s = new HashMap<>();
		ContactColumns.NAMES.forEach(name -> s.put(key(name), name));
		put(s, ContactColumns.FIRST_NAME, "first", "given name", "forename", "vorname", "prenom", "first name");
		put(s, ContactColumns.MIDDLE_NAME, "middle", "additional name", "middle name");
		put(s, ContactColumns.LAST_NAME, "last", "surname", "family name", "nachname", "nom", "last name");
		put(s, ContactColumns.EMAIL, "e-mail", "email address", "e-mail address", "mail", "primary email",
				"email 1", "e-mail 1 - value", "work email");
		put(s, ContactColumns.SECOND_EMAIL, "email 2", "secondary email", "other email", "e-mail 2 - value");
		put(s, ContactColumns.phone(PhoneType.WORK), "phone", "telephone", "work phone", "business phone",
				"office phone", "phone number", "tel");
		put(s, ContactColumns.phone(PhoneType.MOBILE), "mobile", "mobile phone", "cell", "cell phone", "mobile number",
				"handy");
		put(s, ContactColumns.phone(PhoneType.HOME), "home phone", "private phone");
		put(s, ContactColumns.phone(PhoneType.OTHER), "other phone", "fax", "phone 2");
		put(s, ContactColumns.JOB_TITLE, "title", "job title", "position", "role", "job");
		put(s, ContactColumns.STAGE, "lifecycle stage", "lead status", "status");
		put(s, ContactColumns.TAGS, "tag", "labels", "categories", "groups");
		put(s, ContactColumns.DO_NOT_EMAIL, "do not email", "email opt out", "no email", "hasoptedoutofemail");
		put(s, ContactColumns.DO_NOT_CALL, "do not call", "no calls", "donotcall");
		put(s, ContactColumns.MOBILE_OPT_OUT, "sms opt out", "mobile opt out", "text opt out");
		put(s, ContactColumns.MARKETING_OPT_IN, "marketing opt in", "newsletter", "subscribed", "marketing consent");
		put(s, ContactColumns.BIRTHDAY, "birth date", "date of birth", "birthdate", "dob");
		put(s, ContactColumns.NOTES, "note", "comments", "description", "remarks");
		put(s, ContactColumns.ACCOUNT_NUMBER, "account number", "customer number", "account no", "account #",
				"customer id", "account id", "kundennummer");
		put(s, ContactColumns.ACCOUNT_NAME, "company", "company name", "account", "account name", "organization",
				"organisation", "organization name", "firma");
		put(s, ContactColumns.SITE_NAME, "site", "site name", "location", "branch");
		return Map.copyOf(s);
	}

	private static void put(Map<String, String> synonyms, String field, String... names) {
		for (String name : names) {
			synonyms.put(key(name), field);
		}
	}

	/** A header as compared: letters and digits only, accents folded, lower case. */
	static String key(String header) {
		String folded = Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9#]", "");
	}

	/**
	 * Whether a column may be mapped to this field name: a built-in field, or {@code custom.<key>}
	 * (whether that field exists is checked against the live fields when the import starts).
	 */
	static boolean known(String field) {
		return ContactColumns.NAMES.contains(field) || field.startsWith(ContactColumns.CUSTOM_PREFIX)
				&& CUSTOM_KEY.matcher(field.substring(ContactColumns.CUSTOM_PREFIX.length())).matches();
	}

	/** The live custom fields as columns: {@code custom.<key>}, proposed for a header that is the field's key or label. */
	static Map<String, String> customSynonyms(CustomFieldRules rules) {
		Map<String, String> synonyms = new LinkedHashMap<>();
		for (CustomField f : rules.fields()) {
			synonyms.put(key(f.label()), ContactColumns.CUSTOM_PREFIX + f.key());
			synonyms.put(key(f.key()), ContactColumns.CUSTOM_PREFIX + f.key());
			synonyms.put(key(ContactColumns.CUSTOM_PREFIX + f.key()), ContactColumns.CUSTOM_PREFIX + f.key());
		}
		return synonyms;
	}

	/** The field a header most likely holds, or null: the column is left out unless staff map it. */
	static @Nullable String propose(String header) {
		return SYNONYMS.get(key(header));
	}

	/**
	 * The mapping of the headers: what staff chose where they chose (a blank field leaves a column
	 * out), proposed from the header elsewhere. A field that is not repeatable goes to the first
	 * column proposed for it; staff's choices are checked by {@link ImportOptions}.
	 */
	static Map<String, String> mapping(List<String> headers, Map<String, String> chosen) {
		return mapping(headers, chosen, Map.of());
	}

	/** As {@link #mapping(List, Map)}, a header that is a custom field's key or label proposed for it ({@link #customSynonyms}). */
	static Map<String, String> mapping(List<String> headers, Map<String, String> chosen, Map<String, String> custom) {
		Map<String, String> mapping = new LinkedHashMap<>();
		for (String header : headers) {
			String proposed = propose(header);
			String field = chosen.containsKey(header) ? chosen.get(header)
					: proposed != null ? proposed : custom.get(key(header));
			if (field == null || field.isBlank()) {
				continue;
			}
			boolean taken = mapping.containsValue(field) && !REPEATABLE.contains(field);
			if (!taken || chosen.containsKey(header)) {
				mapping.put(header, field);
			}
		}
		return mapping;
	}
}
