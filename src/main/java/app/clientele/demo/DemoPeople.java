package app.clientele.demo;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import app.clientele.accounts.Account;
import app.clientele.contacts.BusinessRole;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactDetails;
import app.clientele.contacts.ContactManagement;
import app.clientele.contacts.NewContact;
import app.clientele.contacts.PhoneType;
import app.clientele.contacts.PreferredChannel;
import app.clientele.contacts.Stage;
import app.clientele.mail.EmailStatus;
import app.clientele.mail.EmailSummary;
import app.clientele.mail.Mailbox;
import app.clientele.mail.MessageHistory;
import app.clientele.mail.RenderedEmail;
import app.clientele.mail.TemplateKey;
import app.clientele.platform.PageRequest;
import app.clientele.portal.PortalManagement;
import app.clientele.portal.PortalPasswords;
import org.springframework.stereotype.Component;

/** The demo's people, and the one who activates portal access the way a customer does: from the invitation. */
@Component
class DemoPeople {

	private final ContactManagement contacts;
	private final PortalManagement portal;
	private final PortalPasswords passwords;
	private final MessageHistory history;
	private final Mailbox mailbox;
	private int phone = 100;

	DemoPeople(ContactManagement contacts, PortalManagement portal, PortalPasswords passwords, MessageHistory history,
			Mailbox mailbox) {
		this.contacts = contacts;
		this.portal = portal;
		this.passwords = passwords;
		this.history = history;
		this.mailbox = mailbox;
	}

	Contact add(Account account, String first, String last, String jobTitle, boolean newsletter, Set<UUID> sites) {
		String domain = account.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "")
				+ ".example.com";
		String email = first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + "@" + domain;
		ContactDetails details = new ContactDetails(first, null, last, jobTitle,
				Set.of(jobTitle.contains("Owner") || jobTitle.contains("director") ? BusinessRole.OWNER : BusinessRole.BUYER),
				Stage.CLIENT, email, List.of(new ContactDetails.PhoneInput(PhoneType.WORK, "+1 202 555 0" + phone++)),
				null, null, PreferredChannel.EMAIL, false, false, false, newsletter, jobTitle.equals("Accounts"), sites,
				List.of("demo"));
		return contacts.create(account.id(), new NewContact(details, true, false, false, null, true));
	}

	/** Invites the contact and uses the invitation's link from the outbox to choose {@code password}. */
	void activate(Contact contact, String password) {
		portal.invite(contact.id());
		EmailSummary invitation = history.ofContact(contact.id(), PageRequest.first(20)).items().stream()
				.filter(e -> e.template() == TemplateKey.PORTAL_INVITATION && e.status() == EmailStatus.QUEUED)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("the demo's portal invitation was not queued"));
		RenderedEmail email = mailbox.open(invitation.id()).email();
		if (email == null) {
			throw new IllegalStateException("the demo's portal invitation cannot be rendered");
		}
		int at = email.text().indexOf("token=");
		if (at < 0) {
			throw new IllegalStateException("the demo's portal invitation carries no link");
		}
		String token = email.text().substring(at + 6).split("[\\s\"<>&]", 2)[0];
		passwords.activate(token, password);
	}
}
