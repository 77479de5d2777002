package app.clientele.mail;

import org.jspecify.annotations.Nullable;

/**
 * An email of the outbox opened in the Mailbox: rendered now, with a fresh link. When its link
 * is dead or refused, {@code email} is null and {@code problem} says why.
 */
public record MailboxEmail(EmailSummary summary, String messageId, @Nullable RenderedEmail email,
		@Nullable String problem) {
}
