package app.clientele.portal;

import app.clientele.platform.TextLimit;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** Why an ADMIN opens a contact's portal, with its limits (checked by {@code FieldConstraints}). */
record ImpersonationReason(
		@NotBlank(message = "is required: say why you open this contact's portal")
		@TextLimit(max = 500, message = "must be at most 500 characters") @Nullable String reason) {
}
