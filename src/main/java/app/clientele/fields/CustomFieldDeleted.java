package app.clientele.fields;

import app.clientele.platform.Actor;

/** An ADMIN deleted a custom field: it is kept, marked deleted, with its key and its values. */
public record CustomFieldDeleted(CustomField field, Actor actor) {
}
