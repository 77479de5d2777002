package app.clientele.accounts.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import app.clientele.accounts.Account;
import app.clientele.accounts.AccountDetails;
import app.clientele.accounts.AccountStatus;
import app.clientele.platform.PostalAddress;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** An account as clients send it: on create, and as the target of a merge patch. */
record AccountRequest(@NotNull String name, @Nullable String number, @Nullable UUID accountClassId,
		@Nullable AccountStatus status, @Nullable PostalAddress billingAddress,
		@Nullable Map<String, @Nullable Object> customFields) {

	static AccountRequest of(Account a, Map<String, Object> customFields) {
		return new AccountRequest(a.name(), a.number(), a.accountClassId(), a.status(), a.billingAddress(),
				new LinkedHashMap<>(customFields));
	}

	AccountDetails details() {
		return new AccountDetails(name, number, accountClassId, status == null ? AccountStatus.ACTIVE : status,
				billingAddress);
	}
}
