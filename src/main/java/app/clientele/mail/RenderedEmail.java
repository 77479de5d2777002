package app.clientele.mail;

/** An email as its recipient reads it: subject, HTML part (a whole document) and text part. */
public record RenderedEmail(String subject, String html, String text) {
}
