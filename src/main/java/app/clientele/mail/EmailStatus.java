package app.clientele.mail;

/**
 * Where an email of the outbox stands. SENDING is a claim by a delivery worker (a lease); the
 * API shows it as QUEUED. CANCELLED emails were never sent (template off, dead link, archived
 * contact, superseded).
 */
public enum EmailStatus {
	QUEUED, SENDING, SENT, FAILED, CANCELLED;

	/** The status as the API shows it. */
	public EmailStatus shown() {
		return this == SENDING ? QUEUED : this;
	}
}
