package app.clientele.staff;

import app.clientele.platform.Actor;

/** A staff member's email and password were accepted, from {@code address}. */
public record StaffSignedIn(Actor staff, String email, SignInVia via, String address) {
}
