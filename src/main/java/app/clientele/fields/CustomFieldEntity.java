package app.clientele.fields;

/** The records custom fields can be added to. */
public enum CustomFieldEntity {
	CONTACT, ACCOUNT
}
