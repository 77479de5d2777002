package app.clientele.platform;

/** One field of a request that was refused, and why: an entry of a problem's {@code errors}. */
public record FieldProblem(String field, String message) {
}
