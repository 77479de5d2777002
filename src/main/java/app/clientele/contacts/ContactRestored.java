package app.clientele.contacts;

import app.clientele.platform.Actor;

public record ContactRestored(Contact contact, Actor actor) {
}
