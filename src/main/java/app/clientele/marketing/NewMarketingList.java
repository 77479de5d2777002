package app.clientele.marketing;

import app.clientele.platform.TextLimit;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** A marketing list's name, with its limit (checked by {@code FieldConstraints}). */
record NewMarketingList(
		@NotBlank(message = "is required (at most 200 characters)")
		@TextLimit(max = 200, message = "is required (at most 200 characters)") @Nullable String name) {
}
