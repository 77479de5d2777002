package app.clientele.accounts;

import java.util.UUID;

/** An account was edited; its status before and after tell whether it was deactivated. */
public record AccountChanged(UUID accountId, String name, AccountStatus statusBefore, AccountStatus statusAfter) {
}
