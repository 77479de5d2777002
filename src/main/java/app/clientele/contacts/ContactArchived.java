package app.clientele.contacts;

import app.clientele.platform.Actor;

/** A contact was archived: it leaves lists and all outreach and loses portal sign-in. */
public record ContactArchived(Contact contact, Actor actor) {
}
