package app.clientele.staff;

import java.util.Set;

/** What it takes to create a staff user. */
public record NewStaffMember(String email, String name, Set<Role> roles, String password) {
}
