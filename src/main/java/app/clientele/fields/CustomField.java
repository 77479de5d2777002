package app.clientele.fields;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.clientele.platform.Versioned;
import org.jspecify.annotations.Nullable;

/**
 * A custom field as defined. {@code defaultValue} is a stored value (see {@link CustomFieldType})
 * given to new records that leave the field out; {@code currency} is the ISO 4217 code money
 * fields default to.
 */
public record CustomField(UUID id, CustomFieldEntity entity, String key, String label, CustomFieldType type,
		boolean required, @Nullable String helpText, @Nullable Object defaultValue, List<FieldOption> options,
		@Nullable String currency, int position, @Nullable Instant deletedAt, long version, Instant createdAt,
		Instant updatedAt) implements Versioned {

	public boolean deleted() {
		return deletedAt != null;
	}

	public Optional<FieldOption> option(String keyOrLabel) {
		String wanted = keyOrLabel.strip();
		return options.stream().filter(o -> o.key().equals(wanted)).findFirst()
				.or(() -> options.stream().filter(o -> o.key().equalsIgnoreCase(wanted) || o.label().equalsIgnoreCase(wanted))
						.findFirst());
	}

	/** The label of an option key; the key itself when the option is gone. */
	public String optionLabel(String key) {
		return options.stream().filter(o -> o.key().equals(key)).map(FieldOption::label).findFirst().orElse(key);
	}
}
