package app.clientele.mail;

import java.util.UUID;

import app.clientele.platform.Actor;
import org.jspecify.annotations.Nullable;

/**
 * An email was written to the outbox. Published in the caller's transaction, so it exists
 * exactly when the email does.
 */
public record EmailQueued(UUID emailId, @Nullable UUID contactId, TemplateKey template, String subject, Actor actor) {
}
