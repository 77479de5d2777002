package app.clientele.staff;

/** The kinds of email notification a contact can switch on or off. Defaults are a setting. */
public enum NotificationTopic {
	INVOICE, CREDIT_NOTE, ESTIMATE, TICKET, PROJECT, CONTRACT, TASK, SERVICE, PAST_DUE
}
