package app.clientele.accounts;

import java.util.UUID;

import app.clientele.platform.Actor;

/** An account class's details were changed: before and after (the same when nothing changed). */
public record AccountClassChanged(UUID classId, AccountClassDetails before, AccountClassDetails after, Actor actor) {
}
