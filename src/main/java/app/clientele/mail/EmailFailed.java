package app.clientele.mail;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record EmailFailed(UUID emailId, @Nullable UUID contactId, @Nullable UUID campaignId, TemplateKey template, String error) {}
