package app.clientele.portal;

import java.util.UUID;

import app.clientele.platform.Actor;

/** Staff approved a login request: the contact (found or created) is invited by the approval email. */
public record LoginRequestApproved(UUID requestId, UUID contactId, Actor actor) {
}
