package app.clientele.fields;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import app.clientele.platform.FieldProblem;
import app.clientele.platform.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a definition beyond its declared limits: a key in lower case, options for selects
 * (unique labels, keys kept or made from the label), a currency for money, a default value that
 * its own field accepts. Every problem is reported at once, by field.
 */
final class DefinitionRules {

	static final Pattern KEY = Pattern.compile("^[a-z][a-z0-9_]{0,59}$");
	static final int MAX_OPTIONS = 500;

	private DefinitionRules() {
	}

	/** The options as they will be stored; problems in {@code errors}. */
	static List<FieldOption> options(CustomFieldType type, List<CustomFieldDefinition.OptionInput> inputs,
			List<FieldProblem> errors) {
		if (!type.hasOptions()) {
			if (!inputs.isEmpty()) {
				errors.add(new FieldProblem("options", "are only for single and multi select fields"));
			}
			return List.of();
		}
		if (inputs.isEmpty() || inputs.size() > MAX_OPTIONS) {
			errors.add(new FieldProblem("options", "must have between 1 and " + MAX_OPTIONS + " options"));
			return List.of();
		}
		List<FieldOption> options = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		Set<String> labels = new HashSet<>();
		for (int i = 0; i < inputs.size(); i++) {
			CustomFieldDefinition.OptionInput in = inputs.get(i);
			String label = in == null || in.label() == null ? "" : in.label().strip();
			String key = in == null || in.key() == null || in.key().isBlank() ? keyOf(label) : in.key().strip();
			if (label.isEmpty() || label.length() > 100) {
				errors.add(new FieldProblem("options[" + i + "].label", "is required (at most 100 characters)"));
			}
			else if (!labels.add(label.toLowerCase(Locale.ROOT))) {
				errors.add(new FieldProblem("options[" + i + "].label", "is the same as another option's"));
			}
			else if (key.isEmpty() || key.length() > 100 || !keys.add(key)) {
				errors.add(new FieldProblem("options[" + i + "].key", "must be unique (at most 100 characters)"));
			}
			else {
				options.add(new FieldOption(key, label));
			}
		}
		return List.copyOf(options);
	}

	/** A key made from a label: "Gold partner" → "gold_partner". */
	static String keyOf(String label) {
		String ascii = Normalizer.normalize(label, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		String key = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
		return key.length() > 60 ? key.substring(0, 60) : key;
	}

	static void key(@Nullable String key, List<FieldProblem> errors) {
		if (key != null && !key.isBlank() && !KEY.matcher(key.strip()).matches()) {
			errors.add(new FieldProblem("key",
					"must start with a lower-case letter and hold only lower-case letters, digits and _ (at most 60)"));
		}
	}

	static @Nullable String currency(CustomFieldType type, @Nullable String currency, List<FieldProblem> errors) {
		if (type != CustomFieldType.MONEY) {
			return null;
		}
		if (currency == null || currency.isBlank()) {
			errors.add(new FieldProblem("currency", "is required for a MONEY field (an ISO 4217 code such as EUR)"));
			return null;
		}
		try {
			return CustomValueRules.currency(currency.strip()).getCurrencyCode();
		}
		catch (CustomValueRules.Refused e) {
			errors.add(new FieldProblem("currency", e.getMessage()));
			return null;
		}
	}

	static void throwIfAny(List<FieldProblem> errors) {
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}
}
