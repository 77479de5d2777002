package app.clientele.fields;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * Custom fields in a console form (the {@code fields/inputs} fragments): posted as
 * {@code cf.<key>} (a multi-select as one parameter per ticked option, a checkbox as a hidden
 * "false" followed by the box's "true"), shown back as texts (options by key, as the form posts
 * them), read like an import's cells. Any record's form uses them: contacts and accounts.
 */
public final class CustomFieldForms {

	public static final String PREFIX = "cf.";

	private CustomFieldForms() {
	}

	/** The texts typed, by key: a multi-select's options joined with "; ", a checkbox's last value. */
	public static Map<String, String> typed(CustomFieldRules rules, MultiValueMap<String, String> params) {
		Map<String, String> texts = new LinkedHashMap<>();
		for (CustomField field : rules.fields()) {
			List<String> values = params.get(PREFIX + field.key());
			if (values == null || values.isEmpty()) {
				texts.put(field.key(), "");
			}
			else {
				texts.put(field.key(), field.type() == CustomFieldType.MULTI_SELECT ? String.join("; ", values)
						: values.getLast());
			}
		}
		return texts;
	}

	/** Stored values as the form shows them. */
	public static Map<String, String> texts(CustomFieldRules rules, Map<String, Object> stored) {
		Map<String, String> texts = new LinkedHashMap<>();
		rules.fields().forEach(f -> texts.put(f.key(), text(rules, f, stored.get(f.key()))));
		return texts;
	}

	/** A new record's form: each field's default. */
	public static Map<String, String> defaults(CustomFieldRules rules) {
		Map<String, String> texts = new LinkedHashMap<>();
		rules.fields().forEach(f -> texts.put(f.key(), text(rules, f, f.defaultValue())));
		return texts;
	}

	/** A record page's values as people read them, by key: the live fields that have one. */
	public static Map<String, String> shown(CustomFieldRules rules, Map<String, Object> stored) {
		Map<String, String> shown = new LinkedHashMap<>();
		rules.visible(stored).forEach((key, value) -> shown.put(key, rules.show(key, value)));
		return shown;
	}

	private static String text(CustomFieldRules rules, CustomField field, @Nullable Object value) {
		if (value instanceof List<?> keys) {
			return String.join("; ", keys.stream().map(Object::toString).toList());
		}
		return field.type().hasOptions() && value != null ? value.toString() : rules.text(field.key(), value);
	}
}
