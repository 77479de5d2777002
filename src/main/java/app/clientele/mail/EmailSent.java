package app.clientele.mail;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An email went out. Published inside the delivery worker's transaction that marks it SENT:
 * {@code @TransactionalEventListener}s and {@code @ApplicationModuleListener}s see it after that
 * commit, plain {@code @EventListener}s write in the same transaction.
 */
public record EmailSent(UUID emailId, @Nullable UUID contactId, @Nullable UUID campaignId, TemplateKey template,
		String subject, Instant sentAt) {
}
