package app.clientele.mail;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record EmailSent(UUID emailId, @Nullable UUID contactId, @Nullable UUID campaignId, TemplateKey template, String subject, Instant sentAt) {}
