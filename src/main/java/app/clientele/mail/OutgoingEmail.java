package app.clientele.mail;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An email to queue. {@code values} are placeholder values (keys: contactName,
 * contactFirstName, accountName; companyName is added by mail itself; plus any template-specific
 * ones such as documentNumber, documentTitle, amount, dueDate, subject, body). A {@code link}
 * value is ignored: {@code {{link}}} renders the URL the {@link LinkIssuer} of {@code link}
 * issues, or the portal's address when the email has no link. {@code headers} are extra MIME
 * headers (e.g. List-Unsubscribe); their values may contain {@code {{link}}} too.
 */
public record OutgoingEmail(TemplateKey template, @Nullable UUID contactId, String toAddress, String toName,
		Map<String, String> values, @Nullable LinkRequest link, @Nullable UUID campaignId, Map<String, String> headers) {

	/** An email without link, campaign or extra headers. */
	public static OutgoingEmail of(TemplateKey template, @Nullable UUID contactId, String toAddress, String toName,
			Map<String, String> values) {
		return new OutgoingEmail(template, contactId, toAddress, toName, values, null, null, Map.of());
	}

	public OutgoingEmail withLink(LinkRequest link) {
		return new OutgoingEmail(template, contactId, toAddress, toName, values, link, campaignId, headers);
	}
}
