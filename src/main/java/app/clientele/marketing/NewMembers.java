package app.clientele.marketing;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The contacts to add to a list at once (checked by {@code FieldConstraints}). */
record NewMembers(
		@NotEmpty(message = "must list 1 to 1000 contact ids")
		@Size(max = 1000, message = "must list 1 to 1000 contact ids") @Nullable List<UUID> contactIds) {
}
