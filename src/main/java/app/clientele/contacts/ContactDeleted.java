package app.clientele.contacts;

import app.clientele.platform.Actor;

/** A contact without history was deleted for good. */
public record ContactDeleted(Contact contact, Actor actor) {
}
