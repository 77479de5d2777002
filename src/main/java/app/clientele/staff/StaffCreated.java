package app.clientele.staff;

import app.clientele.platform.Actor;

/** A staff user was created, with their roles (the first admin by the system). */
public record StaffCreated(StaffMember member, Actor actor) {
}
