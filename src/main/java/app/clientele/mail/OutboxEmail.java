package app.clientele.mail;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A row of the outbox, with what renders it. {@code attempts} counts the claims so far, this one included. */
record OutboxEmail(UUID id, TemplateKey template, @Nullable UUID contactId, @Nullable UUID campaignId,
		String toAddress, String toName, String subject, Map<String, String> values, Map<String, String> headers,
		@Nullable LinkRequest link, String messageId, EmailStatus status, int attempts, @Nullable String lastError,
		Instant createdAt, @Nullable Instant sentAt) {

	EmailSummary summary() {
		return new EmailSummary(id, template, subject, status, toAddress, toName, contactId, campaignId, attempts,
				lastError, createdAt, sentAt);
	}
}
