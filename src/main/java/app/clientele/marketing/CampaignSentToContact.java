package app.clientele.marketing;

import java.util.UUID;

/**
 * A campaign's email to this contact went out. Published in the transaction that marks its
 * recipient SENT.
 */
public record CampaignSentToContact(UUID campaignId, UUID contactId, UUID emailId, String subject) {
}
