package app.clientele.activity;

import app.clientele.platform.TextLimit;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

/** A staff comment as written, with its limit (checked by {@code FieldConstraints}). */
record NewComment(
		@NotBlank(message = "is required")
		@TextLimit(max = ActivityLog.MAX_COMMENT, message = "must be at most " + ActivityLog.MAX_COMMENT + " characters")
		@Nullable String text) {
}
