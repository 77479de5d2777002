package app.clientele.fields;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import app.clientele.platform.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * The live custom fields of one kind of record, in the order the ADMIN set, with the rules their
 * values follow: what every write path of the owning module checks a record's values with. A
 * value's problem names {@code customFields.<key>}, like a built-in field's.
 */
public final class CustomFieldRules {

	public static final String PATH = "customFields.";

	private final List<CustomField> fields;
	private final Map<String, CustomField> byKey = new HashMap<>();
	private final Map<String, CustomField> everyKey = new HashMap<>();
	private final String phoneRegion;

	CustomFieldRules(List<CustomField> every, String phoneRegion) {
		this.fields = every.stream().filter(f -> !f.deleted()).toList();
		this.phoneRegion = phoneRegion;
		fields.forEach(f -> byKey.put(f.key(), f));
		every.forEach(f -> everyKey.put(f.key(), f));
	}

	/** No custom fields at all: for code that reads records without them (unit tests, built-in columns only). */
	public static CustomFieldRules none() {
		return new CustomFieldRules(List.of(), "US");
	}

	/** The live fields, in their order. */
	public List<CustomField> fields() {
		return fields;
	}

	public Optional<CustomField> field(String key) {
		return Optional.ofNullable(byKey.get(key));
	}

	/**
	 * The values a record will store: {@code input} (every live field's value as a client sends it;
	 * a field left out or null has none) checked and normalised, the values of deleted fields kept
	 * from {@code before}. Creating, a field left out takes its default and a required field with
	 * neither is a problem; editing, a required field may only lose its value with a problem (records
	 * from before it was required keep being editable).
	 */
	public Map<String, Object> check(@Nullable Map<String, ?> input, Map<String, Object> before, boolean creating,
			List<FieldProblem> errors) {
		Map<String, Object> result = new TreeMap<>();
		before.forEach((key, value) -> {
			if (!byKey.containsKey(key)) {
				result.put(key, value);
			}
		});
		Map<String, ?> given = input == null ? Map.of() : input;
		// a deleted field's key is ignored (its stored value is kept above): an edit sends back what it read
		given.keySet().stream().filter(k -> !everyKey.containsKey(k)).sorted().forEach(k -> errors
				.add(FieldProblem.of(PATH + k, "is not a custom field of this record", "validation.custom.unknown", k)));
		for (CustomField field : fields) {
			Object raw = given.get(field.key());
			if (raw == null && creating && !given.containsKey(field.key())) {
				raw = field.defaultValue();
			}
			Object value = CustomValueRules.normalise(field, raw, phoneRegion, PATH + field.key(), errors);
			if (value != null) {
				result.put(field.key(), value);
			}
			else if (empty(raw) && field.required() && (creating || before.get(field.key()) != null)) {
				errors.add(FieldProblem.of(PATH + field.key(), "is required", "validation.custom.required", field.label()));
			}
		}
		return result;
	}

	private static boolean empty(@Nullable Object raw) {
		return raw == null || raw instanceof String s && s.isBlank() || raw instanceof java.util.Collection<?> c && c.isEmpty();
	}

	/** Console forms and import cells: each live field's text read as a client would send it. */
	public Map<String, @Nullable Object> fromText(Map<String, String> texts) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		texts.forEach((key, text) -> {
			CustomField field = byKey.get(key);
			values.put(key, field == null ? text : CustomValueText.read(field.type(), text));
		});
		return values;
	}

	/**
	 * One value of a live field typed as text (a filter's parameter), in its stored form; null with
	 * a problem named {@code path} in {@code errors} when it is no value of the field.
	 */
	public @Nullable Object parse(CustomField field, String text, String path, List<FieldProblem> errors) {
		Object value = CustomValueRules.normalise(field, CustomValueText.read(field.type(), text), phoneRegion, path, errors);
		if (value == null && errors.isEmpty()) {
			errors.add(new FieldProblem(path, "needs a value"));
		}
		return value;
	}

	/** A value typed as text for a field of this type, as a client would send it (a default typed in a form). */
	public static @Nullable Object fromText(CustomFieldType type, @Nullable String text) {
		return CustomValueText.read(type, text);
	}

	/** A key made from a label, for a field typed in without one: "Gold partner" → "gold_partner". */
	public static String keyFrom(@Nullable String label) {
		String key = DefinitionRules.keyOf(label == null ? "" : label);
		String letterFirst = key.isEmpty() || !Character.isLetter(key.charAt(0)) ? "f_" + key : key;
		return letterFirst.length() > 60 ? letterFirst.substring(0, 60) : letterFirst;
	}

	/** A stored value as a file cell (reads back through {@link #fromText}); empty for none. */
	public String text(String key, @Nullable Object value) {
		CustomField field = everyKey.get(key);
		return value == null ? "" : field == null ? value.toString() : CustomValueText.write(field, value);
	}

	/** A stored value as a person reads it; empty for none. */
	public String show(String key, @Nullable Object value) {
		CustomField field = everyKey.get(key);
		return value == null ? "" : field == null ? value.toString() : CustomValueText.show(field, value);
	}

	/** The label of a field, deleted ones included (the history names them); the key when unknown. */
	public String label(String key) {
		CustomField field = everyKey.get(key);
		return field == null ? key : field.label();
	}

	/** Only the live fields' values: what answers and pages show. */
	public Map<String, Object> visible(Map<String, Object> stored) {
		Map<String, Object> shown = new LinkedHashMap<>();
		fields.forEach(f -> {
			Object v = stored.get(f.key());
			if (v != null) {
				shown.put(f.key(), v);
			}
		});
		return shown;
	}
}
