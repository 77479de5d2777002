package app.clientele.portal;

import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.accounts.AccountManagement;
import app.clientele.contacts.Contact;
import app.clientele.mail.LinkRequest;
import app.clientele.mail.MailOutbox;
import app.clientele.mail.OutgoingEmail;
import app.clientele.mail.TemplateKey;
import org.springframework.stereotype.Component;

/**
 * Portal links sent by email: a new link ends the contact's older ones of its purpose, and their
 * email still queued is cancelled, so that only the newest link ever reaches the contact.
 */
@Component
class PortalLinkMail {

	private final PortalLinks links;
	private final MailOutbox mail;
	private final AccountManagement accounts;

	PortalLinkMail(PortalLinks links, MailOutbox mail, AccountManagement accounts) {
		this.links = links;
		this.mail = mail;
		this.accounts = accounts;
	}

	/** Ends the older links of {@code purpose} and their queued {@code template} email, then sends a new one. */
	UUID replace(Contact contact, PortalLinks.Purpose purpose, TemplateKey template, Duration ttl, String endedBecause,
			String cancelledBecause) {
		end(contact.id(), purpose, template, endedBecause, cancelledBecause);
		return send(contact, purpose, template, ttl);
	}

	/** Ends the contact's open links of {@code purpose} and cancels their {@code template} email still queued. */
	void end(UUID contactId, PortalLinks.Purpose purpose, TemplateKey template, String endedBecause,
			String cancelledBecause) {
		links.kill(contactId, EnumSet.of(purpose), endedBecause);
		mail.cancelQueued(contactId, template, cancelledBecause);
	}

	/** Makes a link of {@code purpose} valid for {@code ttl} and queues it as a {@code template} email. */
	UUID send(Contact contact, PortalLinks.Purpose purpose, TemplateKey template, Duration ttl) {
		UUID link = links.create(contact.id(), purpose, ttl);
		mail.queue(email(template, contact, link));
		return link;
	}

	/** The {@code template} email to the contact carrying {@code link}. */
	OutgoingEmail email(TemplateKey template, Contact contact, UUID link) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("contactName", contact.name());
		values.put("contactFirstName", contact.firstName());
		values.put("accountName", contact.accountId() == null ? ""
				: accounts.names(Set.of(contact.accountId())).getOrDefault(contact.accountId(), ""));
		Duration lifetime = links.lifetime(link);
		values.put("validHours", String.valueOf(lifetime.toHours()));
		values.put("validFor", validFor(lifetime));
		return new OutgoingEmail(template, contact.id(), contact.email(), contact.name(), values,
				new LinkRequest(PortalLinkIssuer.PURPOSE, link), null, Map.of());
	}

	/** A link's lifetime as the email says it: "48 hours", "1 hour", "30 minutes". */
	static String validFor(Duration lifetime) {
		if (lifetime.toMinutes() % 60 != 0 || lifetime.toHours() == 0) {
			long minutes = Math.max(1, lifetime.toMinutes());
			return minutes + (minutes == 1 ? " minute" : " minutes");
		}
		long hours = lifetime.toHours();
		return hours + (hours == 1 ? " hour" : " hours");
	}
}
