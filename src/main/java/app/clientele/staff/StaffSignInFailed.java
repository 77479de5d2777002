package app.clientele.staff;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A staff sign-in was refused: the email as typed (never the password), the staff member it
 * names if any, and why. The caller is told only "invalid credentials" whatever the reason; the
 * reason is for the ADMINs' audit trail.
 */
public record StaffSignInFailed(String email, @Nullable UUID staffId, SignInVia via, Reason reason, String address) {

	public enum Reason { UNKNOWN_EMAIL, WRONG_PASSWORD, DISABLED, THROTTLED }
}
