package app.clientele.contacts;

/** The file formats contacts are exported in. */
public enum ExportFormat {
	CSV, VCARD
}
