package app.clientele.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import app.clientele.contacts.ContactColumns;
import app.clientele.contacts.PhoneType;
import app.clientele.platform.InvalidInput;
import ezvcard.VCard;
import ezvcard.property.RawProperty;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Email;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Turns an uploaded file into a header and rows of cells, one row at a time. A CSV file's first
 * record is its header; fields may be quoted and hold separators and line breaks (RFC 4180,
 * commons-csv); blank lines are skipped. A vCard file (3.0 or 4.0, ez-vcard) becomes rows under
 * the field names themselves: N, FN, EMAIL, TEL by type, TITLE, ORG (the account's name),
 * CATEGORIES, BDAY, NOTE.
 */
final class UploadReader {

	/** The largest file an import takes, in rows: HubSpot's limit, Excel's sheet. */
	static final int MAX_ROWS = 1_048_576;

	private UploadReader() {
	}

	/** Reads the CSV, handing the header first, then each row; answers the number of rows. */
	static int csv(Reader reader, char separator, Consumer<List<String>> header, Consumer<List<String>> rows) {
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(true).get();
		int count = 0;
		try (CSVParser parser = CSVParser.parse(reader, format)) {
			boolean first = true;
			for (CSVRecord record : parser) {
				List<String> cells = record.toList();
				if (first) {
					header.accept(headers(cells));
					first = false;
					continue;
				}
				if (++count > MAX_ROWS) {
					throw new InvalidInput("file", "has more than " + MAX_ROWS + " rows; split it in two");
				}
				rows.accept(cells);
			}
			if (first) {
				throw new InvalidInput("file", "is empty; it needs a header row and a row per contact");
			}
			if (count == 0) {
				throw new InvalidInput("file", "has a header row but no contacts below it");
			}
			return count;
		}
		catch (UncheckedIOException | IllegalStateException e) {
			throw new InvalidInput("file", "is not a CSV file we can read (" + reason(e) + ")");
		}
		catch (IOException e) {
			throw new InvalidInput("file", "could not be read (" + reason(e) + ")");
		}
	}

	/**
	 * The header row as columns are named in a mapping: a blank header is "Column 3", a header that
	 * repeats gets its count ("Email (2)"), so that each column can be mapped on its own.
	 */
	static List<String> headers(List<String> cells) {
		List<String> headers = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < cells.size(); i++) {
			String h = cells.get(i).strip();
			String name = h.isEmpty() ? "Column " + (i + 1) : h;
			for (int n = 2; !seen.add(name); n++) {
				name = h + " (" + n + ")";
			}
			headers.add(name);
		}
		return headers;
	}

	private static String reason(Exception e) {
		Throwable cause = e.getCause() != null ? e.getCause() : e;
		String message = cause.getMessage();
		return message == null ? cause.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
	}

	/**
	 * Reads the vCards, each as a row under {@link ContactColumns#NAMES} and a {@code custom.<key>}
	 * column per custom field (its {@code X-CUSTOM-<KEY>} property, as the export writes it);
	 * answers the number of cards.
	 */
	static int vcards(Reader reader, List<String> customKeys, Consumer<List<String>> header,
			Consumer<List<String>> rows) {
		List<String> names = new ArrayList<>(ContactColumns.NAMES);
		customKeys.forEach(key -> names.add(ContactColumns.CUSTOM_PREFIX + key));
		header.accept(names);
		int count = 0;
		try (VCardReader cards = new VCardReader(reader)) {
			VCard card;
			while ((card = cards.readNext()) != null) {
				if (++count > MAX_ROWS) {
					throw new InvalidInput("file", "has more than " + MAX_ROWS + " cards; split it in two");
				}
				rows.accept(cells(card, names));
			}
		}
		catch (IOException e) {
			throw new InvalidInput("file", "is not a vCard file we can read (" + reason(e) + ")");
		}
		if (count == 0) {
			throw new InvalidInput("file", "holds no vCard (BEGIN:VCARD ... END:VCARD)");
		}
		return count;
	}

	private static List<String> cells(VCard card, List<String> names) {
		List<String> cells = new ArrayList<>();
		for (String name : names) {
			cells.add(name.startsWith(ContactColumns.CUSTOM_PREFIX) ? custom(card, name) : cell(card, name));
		}
		return cells;
	}

	private static String custom(VCard card, String column) {
		String property = "X-CUSTOM-" + column.substring(ContactColumns.CUSTOM_PREFIX.length())
				.toUpperCase(java.util.Locale.ROOT).replace('_', '-');
		RawProperty raw = card.getExtendedProperty(property);
		return raw == null || raw.getValue() == null ? "" : raw.getValue();
	}

	private static String cell(VCard card, String name) {
		StructuredName n = card.getStructuredName();
		List<Email> emails = card.getEmails();
		return switch (name) {
			case ContactColumns.FIRST_NAME -> n == null ? firstOfFormatted(card, true) : text(n.getGiven());
			case ContactColumns.MIDDLE_NAME -> n == null ? "" : String.join(" ", n.getAdditionalNames());
			case ContactColumns.LAST_NAME -> n == null ? firstOfFormatted(card, false) : text(n.getFamily());
			case ContactColumns.EMAIL -> emails.isEmpty() ? "" : text(emails.get(0).getValue());
			case ContactColumns.SECOND_EMAIL -> emails.size() < 2 ? "" : text(emails.get(1).getValue());
			case ContactColumns.JOB_TITLE -> card.getTitles().isEmpty() ? "" : text(card.getTitles().get(0).getValue());
			case ContactColumns.TAGS -> card.getCategories() == null ? ""
					: ContactColumns.joinList(card.getCategories().getValues());
			case ContactColumns.BIRTHDAY -> card.getBirthday() == null || card.getBirthday().getDate() == null ? ""
					: card.getBirthday().getDate().toString();
			case ContactColumns.NOTES -> card.getNotes().isEmpty() ? "" : text(card.getNotes().get(0).getValue());
			case ContactColumns.ACCOUNT_NAME -> organisation(card.getOrganization());
			default -> name.startsWith(ContactColumns.PHONE_PREFIX) ? phones(card, name) : "";
		};
	}

	private static String firstOfFormatted(VCard card, boolean first) {
		String formatted = card.getFormattedName() == null ? "" : text(card.getFormattedName().getValue()).strip();
		int space = formatted.lastIndexOf(' ');
		if (space < 0) {
			return first ? "" : formatted;
		}
		return first ? formatted.substring(0, space) : formatted.substring(space + 1);
	}

	private static String organisation(@Nullable Organization org) {
		return org == null || org.getValues().isEmpty() ? "" : text(org.getValues().get(0));
	}

	/** The card's phones of this kind: cell is MOBILE, work WORK, home HOME, any other OTHER. */
	private static String phones(VCard card, String column) {
		List<String> numbers = new ArrayList<>();
		for (Telephone tel : card.getTelephoneNumbers()) {
			String number = tel.getText() != null ? tel.getText() : tel.getUri() == null ? null : tel.getUri().getNumber();
			if (number != null && ContactColumns.phone(kind(tel)).equals(column)) {
				numbers.add(number);
			}
		}
		return ContactColumns.joinList(numbers);
	}

	private static PhoneType kind(Telephone tel) {
		if (tel.getTypes().contains(TelephoneType.CELL)) {
			return PhoneType.MOBILE;
		}
		if (tel.getTypes().contains(TelephoneType.WORK)) {
			return PhoneType.WORK;
		}
		return tel.getTypes().contains(TelephoneType.HOME) ? PhoneType.HOME : PhoneType.OTHER;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
