package app.clientele.mail;

import java.time.Instant;
import java.util.Map;

import app.clientele.platform.Versioned;
import org.jspecify.annotations.Nullable;

/**
 * A template as it is used now: the built-in default (version 0) or the ADMIN's own version.
 * Switched off, it sends nothing.
 */
public record EmailTemplate(TemplateKey key, boolean enabled, String subject, String htmlBody, String textBody,
		boolean customised, long version, @Nullable Instant updatedAt) implements Versioned {

	/** The email this template makes with {@code values} (which carry companyName and link). */
	RenderedEmail render(Map<String, String> values) {
		String renderedSubject = subject(values);
		return new RenderedEmail(renderedSubject, document(renderedSubject, Placeholders.html(htmlBody, values)),
				Placeholders.text(textBody, values));
	}

	/** The subject with {@code values}, as one header line. */
	String subject(Map<String, String> values) {
		return HeaderValues.clean(Placeholders.text(subject, values));
	}

	private static String document(String subject, String body) {
		return """
				<!DOCTYPE html>
				<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">\
				<title>%s</title></head>
				<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1d2433">
				%s
				</body></html>
				""".formatted(Placeholders.escape(subject), body);
	}
}
