package app.clientele.marketing;

import java.util.UUID;

import app.clientele.platform.Actor;

/** The contact is no longer a member of a marketing list. */
public record RemovedFromMarketingList(UUID listId, String listName, UUID contactId, Actor actor) {
}
