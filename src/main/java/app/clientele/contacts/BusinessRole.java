package app.clientele.contacts;

/** What a person does for their company, instead of stuffing it into the name. */
public enum BusinessRole {
	BUYER, OWNER, FINANCE, MARKETING, SUPPORT, BILLING, OTHER
}
