package app.clientele.mail;

import java.util.UUID;

import app.clientele.platform.Actor;
import org.jspecify.annotations.Nullable;

/**
 * A queued email will not go out: superseded by a newer one, its link dead, its contact changed.
 * Published in the transaction that marks it CANCELLED.
 */
public record EmailCancelled(UUID emailId, @Nullable UUID contactId, TemplateKey template, String subject,
		String reason, Actor actor) {
}
