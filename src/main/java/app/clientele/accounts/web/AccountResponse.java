package app.clientele.accounts.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import app.clientele.accounts.Account;
import app.clientele.accounts.AccountStatus;
import app.clientele.platform.PostalAddress;
import app.clientele.platform.Versioned;
import org.jspecify.annotations.Nullable;

record AccountResponse(UUID id, String name, @Nullable String number, @Nullable UUID accountClassId,
		AccountStatus status, long version, Instant createdAt, Instant updatedAt, @Nullable PostalAddress billingAddress,
		Map<String, Object> customFields)
		implements Versioned {

	/** {@code customFields}: the live fields' values (a deleted field's stay hidden). */
	static AccountResponse of(Account a, Map<String, Object> customFields) {
		return new AccountResponse(a.id(), a.name(), a.number(), a.accountClassId(), a.status(), a.version(),
				a.createdAt(), a.updatedAt(), a.billingAddress(), customFields);
	}
}
