package app.clientele.contacts;

/**
 * SPI: a module's part of creating a contact (mail queues the welcome email, the portal grants
 * access and sends the invitation). {@link ContactManagement#create} calls every step inside the
 * creating transaction, after {@link ContactCreated} is published, so the contact, its portal
 * access and its first email commit together or not at all; a step that throws rolls the
 * contact back.
 * <p>
 * Why not an event: what the creator asked for is a command to other modules, and an event
 * states only what happened. Why not the create in the portal module: the contacts API and pages
 * create contacts with a portal section, and contacts calling the portal would be a cycle (the
 * portal depends on contacts). Through this interface the steps depend on contacts, never the
 * other way round.
 */
public interface ContactOnboardingStep {

	void onboard(ContactOnboarding onboarding);
}
