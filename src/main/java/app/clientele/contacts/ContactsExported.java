package app.clientele.contacts;

import app.clientele.platform.Actor;

/**
 * Contacts left Clientele in a file: who took them, in which format, which filters chose them
 * ({@link ContactFilter#describe()}, or the one contact's id) and how many were written.
 * Published once the whole file was written, for the staff member's audit trail.
 */
public record ContactsExported(Actor actor, ExportFormat format, String filters, long rowCount) {
}
