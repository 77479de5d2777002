package app.clientele.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import app.clientele.platform.TextLimit;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

public record NewDocument(@NotNull(message = "is required") @Nullable DocumentType type,
		@NotBlank(message = NUMBER_RULE) @TextLimit(max = 64, message = NUMBER_RULE) @Nullable String number,
		@NotBlank(message = TITLE_RULE) @TextLimit(max = 200, message = TITLE_RULE) @Nullable String title,
		@Digits(integer = 12, fraction = 2, message = "must have at most 2 decimals and 12 digits") @Nullable BigDecimal amount,
		@Pattern(regexp = "\\s*([A-Za-z]{3})?\\s*", message = "must be a three-letter ISO 4217 code such as USD")
		@Nullable String currency,
		@Nullable LocalDate dueDate, @TextLimit(max = 40) @Nullable String status, @Nullable UUID siteId,
		@TextLimit(max = 64) @Nullable String quickPayCode) {

	static final String NUMBER_RULE = "is required (at most 64 characters)";
	static final String TITLE_RULE = "is required (at most 200 characters)";
}
