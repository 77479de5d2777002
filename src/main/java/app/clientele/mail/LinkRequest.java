package app.clientele.mail;

import java.util.UUID;

public record LinkRequest(String purpose, UUID linkId) {}
