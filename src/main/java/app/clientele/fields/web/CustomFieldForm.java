package app.clientele.fields.web;

import java.util.Arrays;
import java.util.List;

import app.clientele.fields.CustomField;
import app.clientele.fields.CustomFieldDefinition;
import app.clientele.fields.CustomFieldEntity;
import app.clientele.fields.CustomFieldType;
import app.clientele.fields.CustomFieldRules;
import org.jspecify.annotations.Nullable;

/**
 * The console's field form. Options are one per line, "Label" or "key = Label" (the form shows
 * them with their keys, so a renamed label keeps its key); the default is typed as a form would
 * type the value. A new field's key may be left empty: it is made from the label.
 */
record CustomFieldForm(@Nullable CustomFieldEntity entity, @Nullable String key, @Nullable String label,
		@Nullable CustomFieldType type, @Nullable Boolean required, @Nullable String helpText,
		@Nullable String defaultValue, @Nullable String options, @Nullable String currency, @Nullable Integer position,
		@Nullable Long version) {

	static CustomFieldForm empty() {
		return new CustomFieldForm(CustomFieldEntity.CONTACT, "", "", CustomFieldType.TEXT, false, "", "", "", "", null,
				null);
	}

	static CustomFieldForm of(CustomField f, String defaultText) {
		String options = String.join("\n", f.options().stream().map(o -> o.key() + " = " + o.label()).toList());
		return new CustomFieldForm(f.entity(), f.key(), f.label(), f.type(), f.required(), f.helpText(), defaultText,
				options, f.currency(), f.position(), f.version());
	}

	CustomFieldDefinition definition(@Nullable Object defaultValue) {
		List<CustomFieldDefinition.OptionInput> inputs = options == null ? List.of()
				: Arrays.stream(options.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).map(CustomFieldForm::option)
						.toList();
		String chosenKey = key == null || key.isBlank() ? CustomFieldRules.keyFrom(label) : key.strip();
		return new CustomFieldDefinition(entity, chosenKey, label, type, Boolean.TRUE.equals(required), helpText,
				defaultValue, inputs, currency == null || currency.isBlank() ? null : currency, position);
	}

	private static CustomFieldDefinition.OptionInput option(String line) {
		int eq = line.indexOf(" = ");
		return eq < 0 ? new CustomFieldDefinition.OptionInput(null, line)
				: new CustomFieldDefinition.OptionInput(line.substring(0, eq).strip(), line.substring(eq + 3).strip());
	}
}
