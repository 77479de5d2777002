package app.clientele.accounts;

import java.util.UUID;

import app.clientele.platform.Printable;
import app.clientele.platform.TextLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The editable part of an account. */
public record AccountDetails(
		@NotBlank(message = "is required") @TextLimit(max = AccountManagement.MAX_NAME) @Printable String name,
		@TextLimit(max = 64, message = NUMBER_RULE) @Printable(message = NUMBER_RULE) @Nullable String number,
		@Nullable UUID accountClassId,
		@NotNull(message = "must be ACTIVE or INACTIVE") AccountStatus status) {

	static final String NUMBER_RULE = "must be at most 64 printable characters";
}
