package app.clientele.portal;

import app.clientele.accounts.AccountPortalRules;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactOnboarding;
import app.clientele.contacts.ContactOnboardingStep;
import app.clientele.contacts.PortalAccessRequest;
import app.clientele.mail.WelcomeReplacement;
import org.springframework.stereotype.Component;

/**
 * The portal's step of creating a contact, inside the creating transaction: the access asked for
 * in the create's portal section (or by an account class that invites automatically), and the
 * invitation, which then is the contact's welcome email. A refusal (the contact may not have
 * access) rolls the whole create back.
 */
@Component
class PortalOnboarding implements ContactOnboardingStep, WelcomeReplacement {

	private final PortalManagement portal;
	private final PortalEligibility eligibility;

	PortalOnboarding(PortalManagement portal, PortalEligibility eligibility) {
		this.portal = portal;
		this.eligibility = eligibility;
	}

	@Override
	public void onboard(ContactOnboarding onboarding) {
		Contact contact = onboarding.contact();
		PortalAccessRequest request = onboarding.portal();
		if (request != null && request.enabled()) {
			portal.grantAtCreation(contact, request.permissions(), request.allSites(), request.siteIds());
			if (request.sendInvite() || autoInvite(onboarding)) {
				portal.invite(contact.id());
			}
		}
		else if (autoInvite(onboarding) && eligibility.problem(contact, onboarding.account()) == null) {
			portal.grantAtCreation(contact, null, null, null);
			portal.invite(contact.id());
		}
	}

	/** The invitation is the welcome email when both are due at creation: one email goes out. */
	@Override
	public boolean replacesWelcome(ContactOnboarding onboarding) {
		PortalAccessRequest request = onboarding.portal();
		Contact contact = onboarding.contact();
		if (request != null && request.enabled()) {
			return request.sendInvite() || autoInvite(onboarding);
		}
		return autoInvite(onboarding) && eligibility.problem(contact, onboarding.account()) == null;
	}

	/** By the account's rules as the creating transaction read them (one read for every step). */
	private static boolean autoInvite(ContactOnboarding onboarding) {
		Contact contact = onboarding.contact();
		AccountPortalRules rules = onboarding.account();
		if (rules == null || contact.email() == null || !contact.active() || !onboarding.automaticInvitation()) {
			return false;
		}
		return rules.autoSendPortalInvite() && rules.portalEnabled() && rules.accountActive();
	}
}
