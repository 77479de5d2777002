package app.clientele.mail;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.clientele.platform.ClienteleProperties;
import org.springframework.stereotype.Component;

/**
 * Renders an outbox email as it goes out (or shows in the Mailbox): its template with the stored
 * values, the company name of now, and a fresh link from the {@link LinkIssuer} of its purpose.
 * Without a link request, {@code {{link}}} is the portal's address. Every link is under
 * {@code CLIENTELE_PUBLIC_URL}; an issuer that answers otherwise is refused.
 */
@Component
class EmailRenderer {

	static final String NOT_ISSUED = "(link not shown here)";
	static final String DEAD_LINK = "its link is no longer valid (revoked, used, expired or superseded)";

	/** What rendering gave: an email to send, a dead link (cancel it) or a refusal (fail it). */
	sealed interface Result {
	}

	record Ready(RenderedEmail email, Map<String, String> headers) implements Result {
	}

	record Dead(String reason) implements Result {
	}

	record Refused(String error) implements Result {
	}

	private final Map<String, LinkIssuer> issuers = new HashMap<>();
	private final ClienteleProperties properties;

	EmailRenderer(List<LinkIssuer> issuers, ClienteleProperties properties) {
		for (LinkIssuer issuer : issuers) {
			if (this.issuers.put(issuer.purpose(), issuer) != null) {
				throw new IllegalStateException("Two link issuers serve the purpose " + issuer.purpose());
			}
		}
		this.properties = properties;
	}

	boolean issues(String purpose) {
		return issuers.containsKey(purpose);
	}

	/** Whether the links of this purpose set a password or sign someone in. */
	boolean credential(String purpose) {
		LinkIssuer issuer = issuers.get(purpose);
		return issuer != null && issuer.credential();
	}

	Result render(OutboxEmail email, EmailTemplate template, String companyName) {
		return render(email, template, companyName, true);
	}

	/**
	 * Renders the email; with {@code issueLink} false a requested link is shown as a note instead
	 * of being issued (an email that already left must not have its link replaced by a view).
	 */
	Result render(OutboxEmail email, EmailTemplate template, String companyName, boolean issueLink) {
		String link;
		if (email.link() != null && !issueLink) {
			link = NOT_ISSUED;
		}
		else if (email.link() == null) {
			link = properties.link("/portal/");
		}
		else {
			LinkIssuer issuer = issuers.get(email.link().purpose());
			if (issuer == null) {
				return new Refused("no link issuer serves the purpose " + email.link().purpose());
			}
			Optional<String> issued = issuer.issue(email.link().linkId());
			if (issued.isEmpty()) {
				return new Dead(DEAD_LINK);
			}
			if (!underPublicUrl(issued.get())) {
				return new Refused("the link issuer for " + email.link().purpose()
						+ " answered a link outside CLIENTELE_PUBLIC_URL");
			}
			link = issued.get();
		}
		Map<String, String> values = new HashMap<>(email.values());
		values.put(Placeholders.COMPANY_NAME, companyName);
		values.put(Placeholders.LINK, link);
		Map<String, String> headers = new LinkedHashMap<>();
		email.headers().forEach((name, value) -> headers.put(name, HeaderValues.clean(Placeholders.text(value, values))));
		return new Ready(template.render(values), headers);
	}

	private boolean underPublicUrl(String url) {
		String base = properties.link("/");
		return url.startsWith(base) && url.chars().noneMatch(c -> c <= ' ' || c == 0x7f);
	}
}
