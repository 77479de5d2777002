package app.clientele.portal;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** Why a login request is rejected (checked by {@code FieldConstraints}). */
record RejectionReason(@NotBlank(message = "is required: say why the request is rejected") @Nullable String reason) {
}
