package app.clientele.imports;

/** A problem of one row: the row (data rows counted from 1), the field at fault, why. */
public record ImportProblem(int row, String field, String message) {
}
