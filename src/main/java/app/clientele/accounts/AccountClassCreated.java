package app.clientele.accounts;

import java.util.UUID;

import app.clientele.platform.Actor;

/** An account class was created with these details. */
public record AccountClassCreated(UUID classId, AccountClassDetails details, Actor actor) {
}
