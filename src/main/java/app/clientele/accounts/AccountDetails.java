package app.clientele.accounts;

import java.util.UUID;

import app.clientele.platform.AddressType;
import app.clientele.platform.PostalAddress;
import app.clientele.platform.Printable;
import app.clientele.platform.TextLimit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** The editable part of an account. */
public record AccountDetails(
		@NotBlank(message = "is required") @TextLimit(max = AccountManagement.MAX_NAME) @Printable String name,
		@TextLimit(max = 64, message = NUMBER_RULE) @Printable(message = NUMBER_RULE) @Nullable String number,
		@Nullable UUID accountClassId,
		@NotNull(message = "must be ACTIVE or INACTIVE") AccountStatus status,
		@Valid @Nullable PostalAddress billingAddress) {

	public AccountDetails {
		// an account has one address, always its billing address, whatever type a client sends
		billingAddress = billingAddress == null ? null : new PostalAddress(AddressType.BILLING, billingAddress.lines(),
				billingAddress.city(), billingAddress.region(), billingAddress.postcode(), billingAddress.country());
	}

	/** Details without a billing address. */
	public AccountDetails(String name, @Nullable String number, @Nullable UUID accountClassId, AccountStatus status) {
		this(name, number, accountClassId, status, null);
	}

	static final String NUMBER_RULE = "must be at most 64 printable characters";
}
