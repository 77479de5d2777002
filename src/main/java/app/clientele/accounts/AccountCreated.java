package app.clientele.accounts;

import java.util.UUID;

public record AccountCreated(UUID accountId, String name) {
}
