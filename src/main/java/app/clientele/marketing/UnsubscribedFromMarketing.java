package app.clientele.marketing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The contact opted out of marketing email, through the unsubscribe link of {@code campaignId}
 * (null for a link of no campaign).
 *
 * @param via how, as the opt-out records it (the unsubscribe page: {@code link})
 */
public record UnsubscribedFromMarketing(UUID contactId, @Nullable UUID campaignId, String via) {
}
