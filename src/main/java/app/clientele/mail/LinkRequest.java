package app.clientele.mail;

import java.util.UUID;

/** What a link in an email points at; the raw token is made only when the email is rendered. */
public record LinkRequest(String purpose, UUID linkId) {
}
