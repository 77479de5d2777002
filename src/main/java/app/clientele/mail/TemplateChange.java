package app.clientele.mail;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an ADMIN sets on a template: on or off, and its three texts with placeholders. */
public record TemplateChange(boolean enabled,
		@NotBlank(message = SUBJECT_RULE) @Size(max = EmailTemplates.MAX_SUBJECT, message = SUBJECT_RULE) String subject,
		@NotBlank(message = BODY_RULE) @Size(max = EmailTemplates.MAX_BODY, message = BODY_RULE) String htmlBody,
		@NotBlank(message = BODY_RULE) @Size(max = EmailTemplates.MAX_BODY, message = BODY_RULE) String textBody) {

	static final String SUBJECT_RULE = "is required (at most " + EmailTemplates.MAX_SUBJECT + " characters)";
	static final String BODY_RULE = "is required (at most " + EmailTemplates.MAX_BODY + " characters)";


	public static TemplateChange of(EmailTemplate template) {
		return new TemplateChange(template.enabled(), template.subject(), template.htmlBody(), template.textBody());
	}
}
