package app.clientele.marketing;

import java.util.UUID;

import app.clientele.platform.TextLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/** A campaign as staff write it, with the limits of each field (checked by {@code FieldConstraints}). */
record NewCampaign(
		@NotBlank(message = "is required (at most 200 characters)")
		@TextLimit(max = 200, message = "is required (at most 200 characters)") @Nullable String name,
		@NotNull(message = "is required") @Nullable UUID listId,
		@NotBlank(message = "is required (at most " + Campaigns.MAX_SUBJECT + " characters)")
		@TextLimit(max = Campaigns.MAX_SUBJECT, message = "is required (at most " + Campaigns.MAX_SUBJECT + " characters)")
		@Pattern(regexp = "\\s*[^\\r\\n]*\\s*", message = "must be one line") @Nullable String subject,
		@NotBlank(message = "is required (at most " + Campaigns.MAX_BODY + " characters)")
		@TextLimit(max = Campaigns.MAX_BODY, message = "is required (at most " + Campaigns.MAX_BODY + " characters)")
		@Nullable String body) {
}
