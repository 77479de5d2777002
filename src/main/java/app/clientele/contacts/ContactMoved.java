package app.clientele.contacts;

import java.util.Set;
import java.util.UUID;

import app.clientele.platform.Actor;
import org.jspecify.annotations.Nullable;

/** A contact was moved to another account (or unlinked); its site links were dropped. */
public record ContactMoved(Contact contact, @Nullable UUID fromAccountId, @Nullable UUID toAccountId,
		Set<UUID> droppedSiteIds, Actor actor) {
}
