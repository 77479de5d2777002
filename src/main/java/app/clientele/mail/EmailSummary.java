package app.clientele.mail;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One email of the outbox as lists show it; {@code lastError} is the last failure or why it was cancelled. */
public record EmailSummary(UUID id, TemplateKey template, String subject, EmailStatus status, String toAddress,
		String toName, @Nullable UUID contactId, @Nullable UUID campaignId, int attempts, @Nullable String lastError,
		Instant createdAt, @Nullable Instant sentAt) {
}
