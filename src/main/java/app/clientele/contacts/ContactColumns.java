package app.clientele.contacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.clientele.fields.CustomFieldRules;
import app.clientele.platform.AddressType;
import app.clientele.platform.PostalAddresses;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a contact in a file, by their field names (API.md, "Import and export"): the
 * export writes its header with these names in this order and the import maps columns onto them,
 * so an export re-imports unchanged. Also how a cell holds a list and how a formula is kept from
 * running, each as a pair the import undoes.
 * <p>
 * A list cell (tags, several phones of one kind, several sites) holds its items joined by
 * {@code ;}; a {@code ;} or {@code \} inside an item is escaped with {@code \}, as vCard escapes
 * them, so a tag "a;b" stays one tag. A cell that a spreadsheet would read as a formula (it
 * starts with {@code = + - @}, tab or carriage return, OWASP "CSV injection") is written with a
 * leading {@code '}; so is a cell that starts with {@code '} itself, so that the import can remove
 * exactly one leading {@code '} from such cells and get back what was exported.
 */
public final class ContactColumns {

	public static final String FIRST_NAME = "firstName";
	public static final String MIDDLE_NAME = "middleName";
	public static final String LAST_NAME = "lastName";
	public static final String EMAIL = "email";
	public static final String SECOND_EMAIL = "secondEmail";
	/** Followed by a {@link PhoneType}: {@code phone.WORK}. */
	public static final String PHONE_PREFIX = "phone.";
	public static final String JOB_TITLE = "jobTitle";
	public static final String STAGE = "stage";
	public static final String TAGS = "tags";
	public static final String DO_NOT_EMAIL = "doNotEmail";
	public static final String DO_NOT_CALL = "doNotCall";
	public static final String MOBILE_OPT_OUT = "mobileOptOut";
	public static final String MARKETING_OPT_IN = "marketingOptIn";
	public static final String BIRTHDAY = "birthday";
	public static final String NOTES = "notes";
	public static final String ACCOUNT_NUMBER = "accountNumber";
	public static final String ACCOUNT_NAME = "accountName";
	public static final String SITE_NAME = "siteName";
	/** Followed by a custom field's key: {@code custom.tier}; the export adds one per live field, after the others. */
	public static final String CUSTOM_PREFIX = "custom.";

	/**
	 * Followed by an {@link AddressType}: {@code address.WORK}, the addresses of that kind each on
	 * one line. Written by the export only: one line cannot be split back into street, city and
	 * postcode reliably, so the import leaves these columns out rather than guess.
	 */
	public static final String ADDRESS_PREFIX = "address.";

	/** Every column the import maps onto, in the order of the export's header. */
	public static final List<String> NAMES = names();

	/** The export's header: {@link #NAMES}, then the address columns. */
	public static final List<String> EXPORTED = exported();

	/** Between the items of a list cell. */
	public static final char LIST_SEPARATOR = ';';

	private static final char ESCAPE = '\\';

	private static final char QUOTE = '\'';

	private ContactColumns() {
	}

	private static List<String> names() {
		List<String> names = new ArrayList<>(List.of(FIRST_NAME, MIDDLE_NAME, LAST_NAME, EMAIL, SECOND_EMAIL));
		for (PhoneType type : PhoneType.values()) {
			names.add(phone(type));
		}
		names.addAll(List.of(JOB_TITLE, STAGE, TAGS, DO_NOT_EMAIL, DO_NOT_CALL, MOBILE_OPT_OUT, MARKETING_OPT_IN,
				BIRTHDAY, NOTES, ACCOUNT_NUMBER, ACCOUNT_NAME, SITE_NAME));
		return List.copyOf(names);
	}

	private static List<String> exported() {
		List<String> names = new ArrayList<>(NAMES);
		for (AddressType type : AddressType.values()) {
			names.add(ADDRESS_PREFIX + type.name());
		}
		return List.copyOf(names);
	}

	/** The export's header: {@link #EXPORTED}, then {@code custom.<key>} of each live custom field in its order. */
	public static List<String> names(CustomFieldRules custom) {
		List<String> names = new ArrayList<>(EXPORTED);
		custom.fields().forEach(f -> names.add(CUSTOM_PREFIX + f.key()));
		return names;
	}

	/** The cells of {@link #cells(ExportedContact)}, then each live custom field's value as the import reads it back. */
	static List<String> cells(ExportedContact exported, CustomFieldRules custom) {
		List<String> cells = cells(exported);
		Map<String, Object> values = exported.contact().customFields();
		custom.fields().forEach(f -> cells.add(custom.text(f.key(), values.get(f.key()))));
		return cells;
	}

	/**
	 * The cells of one contact in the order of {@link #EXPORTED}, not yet neutralised: phones in
	 * E.164 (the same number whatever the importing side's default region), booleans as
	 * {@code true}/{@code false}, the birthday as ISO-8601, site names sorted.
	 */
	static List<String> cells(ExportedContact exported) {
		Contact c = exported.contact();
		List<String> cells = new ArrayList<>(EXPORTED.size());
		cells.addAll(List.of(c.firstName(), text(c.middleName()), c.lastName(), text(c.email()), text(c.secondEmail())));
		for (PhoneType type : PhoneType.values()) {
			cells.add(joinList(c.phones().stream().filter(p -> p.type() == type).map(Phone::e164).toList()));
		}
		cells.addAll(List.of(text(c.jobTitle()), c.stage() == null ? "" : c.stage().name(), joinList(c.tags()),
				String.valueOf(c.doNotEmail()), String.valueOf(c.doNotCall()), String.valueOf(c.mobileOptOut()),
				String.valueOf(c.marketingOptIn()), c.birthday() == null ? "" : c.birthday().toString(), text(c.notes()),
				text(exported.accountNumber()), text(exported.accountName()), joinList(exported.siteNames())));
		for (AddressType type : AddressType.values()) {
			cells.add(joinList(c.addresses().stream().filter(a -> a.type() == type).map(PostalAddresses::oneLine).toList()));
		}
		return cells;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	public static String phone(PhoneType type) {
		return PHONE_PREFIX + type.name();
	}

	/** The items as one list cell. */
	public static String joinList(List<String> items) {
		StringBuilder cell = new StringBuilder();
		for (String item : items) {
			if (!cell.isEmpty()) {
				cell.append(LIST_SEPARATOR);
			}
			for (int i = 0; i < item.length(); i++) {
				char c = item.charAt(i);
				if (c == LIST_SEPARATOR || c == ESCAPE) {
					cell.append(ESCAPE);
				}
				cell.append(c);
			}
		}
		return cell.toString();
	}

	/** The items of a list cell, as {@link #joinList} wrote them (blank items left out). */
	public static List<String> splitList(String cell) {
		List<String> items = new ArrayList<>();
		StringBuilder item = new StringBuilder();
		for (int i = 0; i < cell.length(); i++) {
			char c = cell.charAt(i);
			if (c == ESCAPE && i + 1 < cell.length()) {
				item.append(cell.charAt(++i));
			}
			else if (c == LIST_SEPARATOR) {
				items.add(item.toString());
				item.setLength(0);
			}
			else {
				item.append(c);
			}
		}
		items.add(item.toString());
		return items.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** The cell as written to a file: with a leading {@code '} when a spreadsheet would run it (or it starts with one). */
	public static String neutralise(String cell) {
		return needsQuote(cell) ? QUOTE + cell : cell;
	}

	/** A cell as read from a file: what {@link #neutralise} was given. */
	public static String restore(String cell) {
		return cell.length() > 1 && cell.charAt(0) == QUOTE && needsQuote(cell.substring(1)) ? cell.substring(1) : cell;
	}

	private static boolean needsQuote(String cell) {
		if (cell.isEmpty()) {
			return false;
		}
		char first = cell.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				|| first == QUOTE;
	}
}
