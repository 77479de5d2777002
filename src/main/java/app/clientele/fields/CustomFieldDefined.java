package app.clientele.fields;

import app.clientele.platform.Actor;

/** An ADMIN added a custom field. */
public record CustomFieldDefined(CustomField field, Actor actor) {
}
