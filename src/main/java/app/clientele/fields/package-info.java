/**
 * Custom fields: the fields an ADMIN adds to contacts and accounts (text, number, money, date,
 * checkbox, selects, URL, email, phone), their definitions and the rules their values follow.
 * The values live on their owner's rows (a {@code custom_fields} jsonb column of contact and of
 * account, written by those modules); this module validates them on every write path and tells
 * the owners, through {@link app.clientele.fields.CustomValueStore}, what a change of a definition
 * asks of the stored values (an option still in use, a type change that must convert them).
 * <p>
 * A deleted field is kept as a definition marked deleted: its key is never given to another
 * field, its values stay on the rows and in the history, and no page, export or API answer shows
 * them any more.
 * <p>
 * Tables: custom_field.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Custom fields")
package app.clientele.fields;

import org.jspecify.annotations.NullMarked;
