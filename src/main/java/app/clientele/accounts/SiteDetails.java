package app.clientele.accounts;

import app.clientele.platform.Printable;
import app.clientele.platform.TextLimit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The editable part of a site. */
public record SiteDetails(
		@NotBlank(message = "is required") @TextLimit(max = AccountManagement.MAX_NAME, message = NAME_RULE)
		@Printable(message = NAME_RULE) String name,
		@Size(max = 1000, message = "must be at most {max} characters") @Nullable String address) {

	static final String NAME_RULE = "must be at most " + AccountManagement.MAX_NAME + " printable characters";
}
