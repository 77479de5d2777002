package app.clientele.fields;

import app.clientele.platform.Actor;

/** An ADMIN changed a custom field's definition (label, options, type, ...). */
public record CustomFieldChanged(CustomField before, CustomField field, Actor actor) {
}
