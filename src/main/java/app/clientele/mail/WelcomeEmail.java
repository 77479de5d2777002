package app.clientele.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactOnboarding;
import app.clientele.contacts.ContactOnboardingStep;
import app.clientele.contacts.Emailability.Purpose;
import app.clientele.staff.SettingsManagement;
import org.springframework.stereotype.Component;

/**
 * The welcome email of a new contact, queued in the creating transaction when the welcome
 * template and the welcome setting are on, staff did not untick "send welcome email", and the
 * contact may be emailed (its transactional emailability); unless a module that sends its
 * own first email (the portal invitation) replaces it. A step of the create rather than a
 * listener of {@code ContactCreated}: whether to send it is the creator's request, not a fact.
 */
@Component
class WelcomeEmail implements ContactOnboardingStep {

	private final MailOutbox outbox;
	private final SettingsManagement settings;
	private final List<WelcomeReplacement> replacements;

	WelcomeEmail(MailOutbox outbox, SettingsManagement settings, List<WelcomeReplacement> replacements) {
		this.outbox = outbox;
		this.settings = settings;
		this.replacements = replacements;
	}

	@Override
	public void onboard(ContactOnboarding event) {
		Contact contact = event.contact();
		if (!event.sendWelcomeEmail() || !contact.emailability(Purpose.TRANSACTIONAL).allowed()
				|| !settings.get().welcomeEmailEnabled()) {
			return;
		}
		if (replacements.stream().anyMatch(r -> r.replacesWelcome(event))) {
			return;
		}
		outbox.queue(OutgoingEmail.of(TemplateKey.WELCOME, contact.id(), contact.email(), contact.name(),
				values(event)));
	}

	private static Map<String, String> values(ContactOnboarding event) {
		Contact contact = event.contact();
		Map<String, String> values = new LinkedHashMap<>();
		values.put("contactName", contact.name());
		values.put("contactFirstName", contact.firstName());
		if (event.account() != null) {
			values.put("accountName", event.account().accountName());
		}
		return values;
	}
}
