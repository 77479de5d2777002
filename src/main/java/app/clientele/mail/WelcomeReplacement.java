package app.clientele.mail;

import app.clientele.contacts.ContactOnboarding;

/** SPI: a module that sends its own first email to a new contact (the portal invitation) replaces the welcome email. */
public interface WelcomeReplacement {

	/**
	 * Whether this module sends the first email itself. Called inside the creating transaction,
	 * in no fixed order with the module's own step: decide from the request alone.
	 */
	boolean replacesWelcome(ContactOnboarding onboarding);
}
