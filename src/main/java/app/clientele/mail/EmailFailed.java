package app.clientele.mail;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An email could not be delivered: a permanent refusal, or every retry spent. Published inside
 * the delivery worker's transaction that marks it FAILED, like {@link EmailSent}.
 */
public record EmailFailed(UUID emailId, @Nullable UUID contactId, @Nullable UUID campaignId, TemplateKey template,
		String subject, String error) {
}
