package app.clientele.contacts;

/** What a contact's second email is for. */
public enum EmailLabel {
	WORK, PERSONAL, BILLING
}
