package app.clientele.mail;

/** What an ADMIN sets on a template: on or off, and its three texts with placeholders. */
public record TemplateChange(boolean enabled, String subject, String htmlBody, String textBody) {

	public static TemplateChange of(EmailTemplate template) {
		return new TemplateChange(template.enabled(), template.subject(), template.htmlBody(), template.textBody());
	}
}
