package app.clientele.mail;

import app.clientele.contacts.ContactOnboarding;
import org.springframework.stereotype.Component;

/** Stands in for the portal's invitation, on the test classpath only: contacts tagged {@value #TAG} get it instead of the welcome. */
@Component
class TestWelcomeReplacement implements WelcomeReplacement {

	static final String TAG = "invited-at-creation";

	@Override
	public boolean replacesWelcome(ContactOnboarding onboarding) {
		return onboarding.contact().tags().contains(TAG);
	}
}
