package app.clientele.staff;

import app.clientele.platform.Actor;

/** A staff user was disabled (their tokens and sessions ended) or enabled again. */
public record StaffEnabledChanged(StaffMember member, boolean enabled, Actor actor) {
}
