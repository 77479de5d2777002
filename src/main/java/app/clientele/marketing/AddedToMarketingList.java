package app.clientele.marketing;

import java.util.UUID;

import app.clientele.platform.Actor;

/** The contact became a member of a marketing list. */
public record AddedToMarketingList(UUID listId, String listName, UUID contactId, Actor actor) {
}
