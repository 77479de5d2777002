package app.clientele.fields.web;

import java.util.List;
import java.util.Map;

import app.clientele.fields.CustomField;
import app.clientele.fields.CustomFieldDefinition;
import app.clientele.fields.CustomFieldEntity;
import app.clientele.fields.CustomFieldType;
import app.clientele.platform.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * A field as clients send it; also the target of a merge patch. An option is a label
 * ({@code "Gold"}) or a key with its label ({@code {"key":"gold","label":"Gold"}}): renaming an
 * option means sending its key with the new label.
 */
record CustomFieldRequest(@Nullable CustomFieldEntity entity, @Nullable String key, @Nullable String label,
		@Nullable String type, @Nullable Boolean required, @Nullable String helpText,
		@Nullable Object defaultValue, @Nullable List<@Nullable Object> options, @Nullable String currency,
		@Nullable Integer position) {

	static CustomFieldRequest of(CustomField f) {
		return new CustomFieldRequest(f.entity(), f.key(), f.label(), f.type().name(), f.required(), f.helpText(),
				f.defaultValue(), f.options().stream().<@Nullable Object>map(o -> Map.of("key", o.key(), "label", o.label()))
						.toList(),
				f.currency(), f.position());
	}

	CustomFieldDefinition definition() {
		List<CustomFieldDefinition.OptionInput> inputs = options == null ? List.of()
				: options.stream().map(CustomFieldRequest::option).toList();
		return new CustomFieldDefinition(entity, key, label, parsedType(), Boolean.TRUE.equals(required), helpText, defaultValue,
				inputs, currency, position);
	}

	/** The type by its code in any case; another word is the definition's own problem, named {@code type}. */
	private @Nullable CustomFieldType parsedType() {
		if (type == null || type.isBlank()) {
			return null;
		}
		try {
			return CustomFieldType.valueOf(type.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput("type", CustomFieldDefinition.TYPE_RULE);
		}
	}

	private static CustomFieldDefinition.OptionInput option(@Nullable Object o) {
		if (o instanceof Map<?, ?> m) {
			return new CustomFieldDefinition.OptionInput(text(m.get("key")), text(m.get("label")));
		}
		return new CustomFieldDefinition.OptionInput(null, text(o));
	}

	private static @Nullable String text(@Nullable Object o) {
		return o == null ? null : o.toString();
	}
}
