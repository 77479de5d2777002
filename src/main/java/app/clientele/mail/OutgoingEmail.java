package app.clientele.mail;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record OutgoingEmail(TemplateKey template, @Nullable UUID contactId, String toAddress, String toName,
    Map<String, String> values, @Nullable LinkRequest link, @Nullable UUID campaignId, Map<String, String> headers) {}
