package app.clientele.contacts;

import org.jspecify.annotations.Nullable;

/** One field of a contact that changed, with its old and new value as shown to people. */
public record FieldChange(String field, @Nullable String oldValue, @Nullable String newValue) {
}
