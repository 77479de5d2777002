package app.clientele.fields;

import java.util.List;

import app.clientele.platform.Printable;
import app.clientele.platform.TextLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A field as an ADMIN defines or changes it. Options come as labels or as key and label; an
 * option without a key gets one made from its label. {@code defaultValue} is given as a client
 * would give the value (see {@link CustomFieldType}).
 */
public record CustomFieldDefinition(@NotNull(message = "must be CONTACT or ACCOUNT") @Nullable CustomFieldEntity entity,
		@NotBlank(message = "is required") @TextLimit(max = 60) @Nullable String key,
		@NotBlank(message = "is required") @TextLimit(max = 100) @Printable @Nullable String label,
		@NotNull(message = TYPE_RULE) @Nullable CustomFieldType type,
		boolean required, @TextLimit(max = 500) @Printable @Nullable String helpText, @Nullable Object defaultValue,
		List<OptionInput> options, @Nullable String currency, @Nullable Integer position) {

	/** Said without listing the select types by name, whose code reads like a query. */
	public static final String TYPE_RULE = "must be a custom field type: text, long text, number, money, date, checkbox, single or "
			+ "multi select, URL, email or phone (the codes are in the API guide)";

	/** An option as sent: a key (kept when renaming) and a label. */
	public record OptionInput(@Nullable String key, @Nullable String label) {
	}
}
