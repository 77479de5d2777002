package app.clientele.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.clientele.contacts.ContactColumns;
import app.clientele.fields.CustomFieldRules;
import app.clientele.platform.FieldProblem;
import app.clientele.platform.InvalidInput;

/**
 * How to run an import over an upload.
 *
 * @param mapping column header to field name, as staff chose it (headers left out are proposed)
 * @param sendWelcomeEmails off unless staff turn it on: a welcome email to each created contact
 *        that may receive one, as a single create would send
 */
public record ImportOptions(boolean dryRun, DuplicatePolicy onDuplicate, UpdateMode updateMode,
		Map<String, String> mapping, boolean createMissingAccounts, boolean sendWelcomeEmails) {

	public ImportOptions {
		mapping = Map.copyOf(mapping);
	}

	/** The same run, for real: what "Import now" after a dry run starts. */
	public ImportOptions forReal() {
		return new ImportOptions(false, onDuplicate, updateMode, mapping, createMissingAccounts, sendWelcomeEmails);
	}

	/** Refuses a mapping onto a field that does not exist, or two columns onto one field that holds one value. */
	void check(Map<String, String> resolved, CustomFieldRules custom) {
		List<FieldProblem> problems = new ArrayList<>();
		resolved.forEach((header, field) -> {
			if (field.startsWith(ContactColumns.CUSTOM_PREFIX)
					&& custom.field(field.substring(ContactColumns.CUSTOM_PREFIX.length())).isEmpty()) {
				problems.add(new FieldProblem("mapping", "column \"" + header + "\" maps to " + field
						+ ", but contacts have no custom field with that key (see GET /api/v1/custom-fields)"));
			}
		});
		mapping.forEach((header, field) -> {
			if (!field.isBlank() && !ImportFields.known(field)) {
				problems.add(new FieldProblem("mapping", "column \"" + header + "\" maps to " + field
						+ ", which is no field of a contact (see the field names in the API guide)"));
			}
		});
		resolved.values().stream().filter(f -> !ImportFields.REPEATABLE.contains(f)).distinct()
				.filter(f -> resolved.values().stream().filter(f::equals).count() > 1)
				.forEach(f -> problems.add(new FieldProblem("mapping", "several columns map to " + f
						+ ", which holds one value; map one of them and leave the others out")));
		if (!resolved.containsValue("firstName") && !resolved.containsValue("lastName")) {
			problems.add(new FieldProblem("mapping", "no column maps to firstName or lastName; a contact needs a name"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}
}
