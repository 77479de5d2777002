package app.clientele.contacts;

/** Something about a contact that staff should know, without refusing it. */
public record Warning(String code, String message) {

	public static Warning sharedEmail(String email) {
		return new Warning("SHARED_EMAIL", email + " looks like a shared company mailbox, not a person's address. "
				+ "It cannot be used as a portal login.");
	}
}
