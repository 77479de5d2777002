package app.clientele.portal;

import java.util.UUID;

import app.clientele.platform.Actor;
import org.jspecify.annotations.Nullable;

/**
 * The contact chose its first password through an invitation or self-registration link.
 * {@code shownInMailboxBy} names the staff user who saw that link in the Mailbox, if one did.
 */
public record PortalActivated(UUID contactId, @Nullable String shownInMailboxBy, Actor actor) {
}
