package app.clientele.portal;

import app.clientele.platform.EmailAddress;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What a person asking for a login writes, with the limits of each field (checked by {@code FieldConstraints}). */
record NewLoginRequest(
		@NotBlank(message = "is required (at most 200 characters)")
		@Size(max = 200, message = "is required (at most 200 characters)") @Nullable String name,
		@NotBlank(message = "must be a valid email address") @EmailAddress @Nullable String email,
		@Size(max = 200, message = "must be at most 200 characters") @Nullable String company,
		@Size(max = 2000, message = "must be at most 2000 characters") @Nullable String message) {
}
