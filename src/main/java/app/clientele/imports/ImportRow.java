package app.clientele.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import app.clientele.contacts.ContactColumns;
import app.clientele.contacts.ContactDetails;
import app.clientele.contacts.PhoneType;
import app.clientele.contacts.PreferredChannel;
import app.clientele.contacts.Stage;
import app.clientele.fields.CustomFieldRules;
import app.clientele.platform.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * One row's cells read as a contact, by the column each cell is mapped to. Cells are taken as the
 * export wrote them (a leading {@code '} that kept a formula from running is removed; lists split
 * at {@code ;}); booleans read {@code true/false/yes/no/1/0} (and an empty cell as false); the
 * stage its name in any case; the birthday ISO-8601. What cannot be read is a problem named by
 * its column's field; the contact's own rules are the create's.
 *
 * @param details the contact's fields, phones as typed
 * @param phoneColumns the field each phone of {@code details} came from, to name a phone's problem
 * @param present the fields this row has a value for (an update sets only those)
 */
record ImportRow(int rowNo, ContactDetails details, List<String> phoneColumns, Set<String> present,
		@Nullable String accountNumber, @Nullable String accountName, List<String> siteNames,
		List<FieldProblem> problems) {

	/** Reads the row; {@code fields} holds each column's field (null: not imported). */
	static ImportRow read(int rowNo, List<String> cells, List<@Nullable String> fields, CustomFieldRules custom) {
		Reading r = new Reading();
		for (int i = 0; i < fields.size(); i++) {
			String field = fields.get(i);
			String cell = i < cells.size() ? ContactColumns.restore(cells.get(i)).strip() : "";
			if (field != null && !cell.isEmpty()) {
				r.present.add(field.startsWith(ContactColumns.PHONE_PREFIX) ? "phones" : field);
				r.take(field, cell);
			}
		}
		ContactDetails details = new ContactDetails(r.text(ContactColumns.FIRST_NAME), r.text(ContactColumns.MIDDLE_NAME),
				r.text(ContactColumns.LAST_NAME), r.text(ContactColumns.JOB_TITLE), Set.of(), r.stage,
				r.text(ContactColumns.EMAIL), r.phones, r.birthday, r.text(ContactColumns.NOTES), PreferredChannel.ANY,
				r.flag(ContactColumns.DO_NOT_EMAIL), r.flag(ContactColumns.DO_NOT_CALL),
				r.flag(ContactColumns.MOBILE_OPT_OUT), r.flag(ContactColumns.MARKETING_OPT_IN), false, Set.of(),
				List.copyOf(r.tags), r.text(ContactColumns.SECOND_EMAIL), null, List.of())
				.withCustomFields(r.customTexts.isEmpty() ? null : custom.fromText(r.customTexts));
		return new ImportRow(rowNo, details, r.phoneColumns, Set.copyOf(r.present), r.text(ContactColumns.ACCOUNT_NUMBER),
				r.text(ContactColumns.ACCOUNT_NAME), r.sites, r.problems);
	}

	/** The column a problem of the contact's rules concerns: {@code phones[1].number} is the second phone's. */
	String column(String field) {
		if (field.startsWith("phones[")) {
			int end = field.indexOf(']');
			try {
				int index = Integer.parseInt(field.substring("phones[".length(), end));
				return index < phoneColumns.size() ? phoneColumns.get(index) : "phones";
			}
			catch (NumberFormatException | StringIndexOutOfBoundsException e) {
				return "phones";
			}
		}
		return switch (field) {
			case "accountId" -> ContactColumns.ACCOUNT_NUMBER;
			case "siteIds" -> ContactColumns.SITE_NAME;
			default -> field.startsWith(CustomFieldRules.PATH)
					? ContactColumns.CUSTOM_PREFIX + field.substring(CustomFieldRules.PATH.length()) : field;
		};
	}

	private static final class Reading {

		final java.util.Map<String, String> texts = new java.util.HashMap<>();
		final java.util.Map<String, Boolean> flags = new java.util.HashMap<>();
		final List<ContactDetails.PhoneInput> phones = new ArrayList<>();
		final List<String> phoneColumns = new ArrayList<>();
		final Set<String> tags = new LinkedHashSet<>();
		final List<String> sites = new ArrayList<>();
		final Set<String> present = new LinkedHashSet<>();
		/** The cells of custom fields, by key, read by the fields module's rules as a form's texts. */
		final java.util.Map<String, String> customTexts = new java.util.LinkedHashMap<>();
		final List<FieldProblem> problems = new ArrayList<>();
		@Nullable Stage stage;
		@Nullable LocalDate birthday;

		void take(String field, String cell) {
			switch (field) {
				case ContactColumns.STAGE -> stage = stage(cell);
				case ContactColumns.TAGS -> tags.addAll(ContactColumns.splitList(cell));
				case ContactColumns.SITE_NAME -> sites.addAll(ContactColumns.splitList(cell));
				case ContactColumns.BIRTHDAY -> birthday = date(cell);
				case ContactColumns.DO_NOT_EMAIL, ContactColumns.DO_NOT_CALL, ContactColumns.MOBILE_OPT_OUT,
						ContactColumns.MARKETING_OPT_IN -> flags.put(field, bool(field, cell));
				default -> {
					if (field.startsWith(ContactColumns.PHONE_PREFIX)) {
						phones(field, cell);
					}
					else if (field.startsWith(ContactColumns.CUSTOM_PREFIX)) {
						customTexts.put(field.substring(ContactColumns.CUSTOM_PREFIX.length()), cell);
					}
					else {
						texts.put(field, cell);
					}
				}
			}
		}

		private void phones(String field, String cell) {
			PhoneType type = PhoneType.valueOf(field.substring(ContactColumns.PHONE_PREFIX.length()));
			for (String number : ContactColumns.splitList(cell)) {
				phones.add(new ContactDetails.PhoneInput(type, number));
				phoneColumns.add(field);
			}
		}

		private @Nullable Stage stage(String cell) {
			try {
				return Stage.valueOf(cell.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				problems.add(new FieldProblem(ContactColumns.STAGE, "must be Lead, Prospect or Client (not " + cell + ")"));
				return null;
			}
		}

		private @Nullable LocalDate date(String cell) {
			try {
				return LocalDate.parse(cell);
			}
			catch (DateTimeParseException e) {
				problems.add(new FieldProblem(ContactColumns.BIRTHDAY, "must be a date written 1990-12-31 (not " + cell + ")"));
				return null;
			}
		}

		private boolean bool(String field, String cell) {
			return switch (cell.toLowerCase(Locale.ROOT)) {
				case "true", "yes", "1", "y" -> true;
				case "false", "no", "0", "n" -> false;
				default -> {
					problems.add(new FieldProblem(field, "must be yes or no (true/false, 1/0), not " + cell));
					yield false;
				}
			};
		}

		@Nullable String text(String field) {
			return texts.get(field);
		}

		boolean flag(String field) {
			return flags.getOrDefault(field, false);
		}
	}
}
