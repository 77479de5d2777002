package app.clientele.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactManagement;
import app.clientele.mail.MailOutbox;
import app.clientele.mail.TemplateKey;
import app.clientele.platform.Actor;
import app.clientele.platform.FieldConstraints;
import app.clientele.platform.IfMatch;
import app.clientele.staff.PortalPermission;
import app.clientele.staff.Settings;
import app.clientele.staff.SettingsManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff side of the portal: a contact's access (permissions and site scope), invitations,
 * set-new-password emails, revoking, and impersonation links.
 */
@Service
public class PortalManagement {

	static final Duration IMPERSONATION_LINK_TTL = Duration.ofMinutes(5);
	static final Duration IMPERSONATION_SESSION = Duration.ofMinutes(30);

	private final PortalAccesses accesses;
	private final PortalLinks links;
	private final PortalEligibility eligibility;
	private final ContactManagement contacts;
	private final PortalLinkMail linkMail;
	private final SettingsManagement settings;
	private final MailOutbox mail;
	private final ApplicationEventPublisher events;
	private final PortalClock clock;
	private final PortalLinkIssuer urls;
	private final FieldConstraints constraints;

	PortalManagement(PortalAccesses accesses, PortalLinks links, PortalEligibility eligibility,
			ContactManagement contacts, PortalLinkMail linkMail, SettingsManagement settings, MailOutbox mail,
			ApplicationEventPublisher events, PortalClock clock, PortalLinkIssuer urls, FieldConstraints constraints) {
		this.constraints = constraints;
		this.accesses = accesses;
		this.links = links;
		this.eligibility = eligibility;
		this.contacts = contacts;
		this.linkMail = linkMail;
		this.settings = settings;
		this.mail = mail;
		this.events = events;
		this.clock = clock;
		this.urls = urls;
	}

	@Transactional(readOnly = true)
	public PortalAccessView get(UUID contactId) {
		contacts.get(contactId);
		return accesses.find(contactId).map(a -> a.view(clock.now())).orElseGet(() -> new PortalAccessView(contactId,
				false, PortalStatus.NOT_INVITED, settings.get().defaultPortalPermissions(), true, Set.of(), null, null,
				null, 0));
	}

	/**
	 * Sets a contact's access. Enabling checks the contact may have it; disabling revokes it (sessions
	 * and open links end). Permission and scope changes apply to the contact's very next request.
	 */
	@Transactional
	public PortalAccessView update(UUID contactId, PortalSettings wanted, IfMatch ifMatch) {
		Contact contact = contacts.get(contactId);
		PortalAccessView current = get(contactId);
		ifMatch.check("Portal access of contact " + contactId, current.version());
		if (!wanted.enabled()) {
			if (current.enabled() || current.status() == PortalStatus.INVITED || current.status() == PortalStatus.EXPIRED
					|| current.status() == PortalStatus.ACTIVE) {
				revoke(contactId);
			}
			return get(contactId);
		}
		if (!current.enabled()) {
			eligibility.check(contact);
		}
		Set<UUID> sites = eligibility.sites(contact, wanted.allSites(), wanted.siteIds());
		Set<PortalPermission> permissions = wanted.permissions() == null ? settings.get().defaultPortalPermissions()
				: wanted.permissions();
		accesses.ensure(contactId);
		accesses.saveSettings(contactId, true, permissions, wanted.allSites(), sites);
		events.publishEvent(new PortalAccessChanged(contactId, permissions, wanted.allSites(), Actor.current()));
		return get(contactId);
	}

	/**
	 * Saves the access as staff see it on screen, then sends the invitation with it: one step, so
	 * the invitation never goes out with a scope other than the one chosen.
	 */
	@Transactional
	public PortalAccessView saveAndInvite(UUID contactId, PortalSettings wanted) {
		update(contactId, new PortalSettings(true, wanted.permissions(), wanted.allSites(), wanted.siteIds()), IfMatch.ANY);
		return invite(contactId);
	}

	/**
	 * Sends the invitation, or sends it again: the previous link dies. Refused once the contact
	 * has activated access. Enables access (with the default permissions) if it was not.
	 */
	@Transactional
	public PortalAccessView invite(UUID contactId) {
		return invite(contactId, null);
	}

	/**
	 * A new invitation for someone who was invited but never chose a password and asks for a new
	 * link on the portal's "forgot your password" page (their link expired, or a newer one
	 * replaced it): the same as staff sending it again. Nothing happens for anyone else, and
	 * nothing tells the asker which case applied.
	 */
	@Transactional
	void reinviteOnRequest(UUID contactId) {
		PortalAccessView current = get(contactId);
		if (!current.enabled() || (current.status() != PortalStatus.INVITED && current.status() != PortalStatus.EXPIRED)
				|| eligibility.problem(contacts.get(contactId)) != null) {
			return;
		}
		invite(contactId, PortalInvited.Occasion.ON_REQUEST);
	}

	private PortalAccessView invite(UUID contactId, PortalInvited.@Nullable Occasion occasion) {
		Contact contact = contacts.get(contactId);
		PortalAccessView current = get(contactId);
		if (current.status() == PortalStatus.ACTIVE) {
			throw new PortalAlreadyActive();
		}
		eligibility.check(contact);
		accesses.ensure(contactId);
		if (!current.enabled()) {
			accesses.saveSettings(contactId, true, current.permissions(), current.allSites(), current.siteIds());
		}
		boolean resend = current.status() == PortalStatus.INVITED || current.status() == PortalStatus.EXPIRED;
		Duration ttl = Duration.ofHours(settings.get().invitationTtlHours());
		accesses.invited(contactId, contact.email(), clock.now().plus(ttl));
		linkMail.replace(contact, PortalLinks.Purpose.INVITATION, TemplateKey.PORTAL_INVITATION, ttl,
				resend ? "resent" : "superseded", "a new invitation was sent");
		events.publishEvent(new PortalInvited(contactId, String.valueOf(contact.email()), occasion != null ? occasion
				: resend ? PortalInvited.Occasion.RESENT : PortalInvited.Occasion.FIRST, Actor.current()));
		return get(contactId);
	}

	/** Sends a set-new-password email to a contact who activated access. Staff never set the password. */
	@Transactional
	public void sendSetPassword(UUID contactId) {
		Contact contact = contacts.get(contactId);
		PortalAccessView current = get(contactId);
		if (current.status() != PortalStatus.ACTIVE) {
			throw new PortalNotActive();
		}
		eligibility.check(contact);
		links.kill(contactId, EnumSet.of(PortalLinks.Purpose.SET_PASSWORD), "superseded");
		linkMail.send(contact, PortalLinks.Purpose.SET_PASSWORD, TemplateKey.SET_PASSWORD,
				Duration.ofHours(settings.get().passwordResetTtlHours()));
		events.publishEvent(new PortalSetPasswordSent(contactId, String.valueOf(contact.email()), Actor.current()));
	}

	/** Ends access: every session of the contact and every open link, at once. */
	@Transactional
	public PortalAccessView revoke(UUID contactId) {
		return revoke(contactId, null);
	}

	/** The same, with the reason the timeline gives (the contact was moved or archived). */
	PortalAccessView revoke(UUID contactId, @Nullable String reason) {
		contacts.get(contactId);
		accesses.ensure(contactId);
		accesses.revoked(contactId);
		links.kill(contactId, EnumSet.allOf(PortalLinks.Purpose.class), "revoked");
		for (TemplateKey template : EnumSet.of(TemplateKey.PORTAL_INVITATION, TemplateKey.SET_PASSWORD,
				TemplateKey.PASSWORD_RESET, TemplateKey.SELF_REGISTRATION)) {
			mail.cancelQueued(contactId, template, "portal access was revoked");
		}
		events.publishEvent(new PortalRevoked(contactId, reason, Actor.current()));
		return get(contactId);
	}

	/** A one-time link that opens a read-only portal session as the contact (ADMIN, reason required). */
	@Transactional
	public ImpersonationLink impersonate(UUID contactId, @Nullable String reason) {
		Contact contact = contacts.get(contactId);
		String why = constraints.valid(new ImpersonationReason(reason)).reason().strip();
		if (!contact.active()) {
			throw new app.clientele.contacts.ContactIsArchived(contactId, contact.name());
		}
		if (!get(contactId).enabled()) {
			throw new PortalNotEnabled();
		}
		Actor staff = Actor.current();
		UUID link = links.create(contactId, PortalLinks.Purpose.IMPERSONATION, IMPERSONATION_LINK_TTL, staff.id(),
				staff.name(), why);
		PortalLinks.Issued issued = links.issue(link).orElseThrow();
		events.publishEvent(
				new PortalImpersonationLinkIssued(contactId, why, staff.name(), staff, issued.expiresAt()));
		return new ImpersonationLink(urls.url(PortalLinks.Purpose.IMPERSONATION, issued.token()),
				issued.expiresAt());
	}

	/** The link an ADMIN opens to see the portal as a contact. */
	public record ImpersonationLink(String url, Instant expiresAt) {
	}

	@Transactional(readOnly = true)
	public Map<UUID, PortalStatus> statuses(Collection<UUID> contactIds) {
		return accesses.statuses(contactIds);
	}

	// Used when a contact is created with portal access, or its account class invites automatically.

	void grantAtCreation(Contact contact, @Nullable Set<PortalPermission> permissions, @Nullable Boolean allSites,
			@Nullable Set<UUID> siteIds) {
		eligibility.check(contact);
		boolean all = allSites == null || allSites;
		Set<UUID> sites = eligibility.sites(contact, all, siteIds);
		accesses.ensure(contact.id());
		accesses.saveSettings(contact.id(), true,
				permissions == null ? settings.get().defaultPortalPermissions() : permissions, all, sites);
	}

	void publish(Object event) {
		events.publishEvent(event);
	}

	Settings settings() {
		return settings.get();
	}
}
