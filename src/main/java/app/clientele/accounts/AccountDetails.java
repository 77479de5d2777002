package app.clientele.accounts;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The editable part of an account. */
public record AccountDetails(String name, @Nullable String number, @Nullable UUID accountClassId,
		AccountStatus status) {
}
