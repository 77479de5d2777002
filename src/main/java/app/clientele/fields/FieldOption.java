package app.clientele.fields;

/**
 * One choice of a select field: a stable key (what is stored) and the label people see. Renaming
 * changes the label only, so the stored values keep their meaning.
 */
public record FieldOption(String key, String label) {
}
