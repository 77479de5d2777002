package app.clientele.mail;

import java.util.UUID;

import app.clientele.platform.Actor;

/**
 * A live credential link was issued to be read in the Mailbox rather than by its recipient:
 * {@code viewer} could now use it. Published in the transaction that stored the link's new
 * token, so the owner of the link can mark that very token (a later issue replaces it).
 *
 * @param purpose the {@link LinkIssuer#purpose()} of the link's owner
 */
public record CredentialLinkShownInMailbox(UUID emailId, UUID contactId, String subject, String purpose, UUID linkId,
		Actor viewer) {
}
