package app.clientele.portal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.clientele.accounts.Account;
import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountPortalRules;
import app.clientele.activity.ActivityReported;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactManagement;
import app.clientele.mail.MailOutbox;
import app.clientele.mail.TemplateKey;
import app.clientele.platform.Actor;
import app.clientele.platform.Emails;
import app.clientele.platform.PasswordPolicy;
import app.clientele.platform.SignInCapacity;
import app.clientele.platform.SignInThrottle;
import app.clientele.platform.SignInThrottle.Limit;
import app.clientele.platform.TooManyAttempts;
import app.clientele.staff.InvalidCredentials;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The contact side of the portal: activating access, signing in, passwords, and what a session
 * may do as of this request. Sign-in answers the same, after the same work (one Argon2
 * verification), for an unknown email, a wrong password, a login not yet active, revoked or
 * archived.
 */
@Service
public class PortalSignIn {

	static final String REALM = "portal";
	static final int FAILURES_PER_EMAIL = 5;
	static final int FAILURES_PER_ADDRESS = 20;
	static final Set<PortalLinks.Purpose> ACTIVATION = EnumSet.of(PortalLinks.Purpose.INVITATION,
			PortalLinks.Purpose.SELF_REGISTRATION);
	static final Set<PortalLinks.Purpose> RESET = EnumSet.of(PortalLinks.Purpose.SET_PASSWORD,
			PortalLinks.Purpose.PASSWORD_RESET);

	private final PortalAccesses accesses;
	private final PortalLinks links;
	private final PortalManagement portal;
	private final ContactManagement contacts;
	private final AccountManagement accounts;
	private final PasswordEncoder passwords;
	private final PasswordPolicy policy;
	private final SignInThrottle throttle;
	private final SignInCapacity capacity;
	private final TransactionTemplate transaction;
	private final MailOutbox mail;
	private final ApplicationEventPublisher events;
	private final PortalClock clock;
	private final EndedAccess endedAccess;
	private final String dummyHash;

	PortalSignIn(PortalAccesses accesses, PortalLinks links, PortalManagement portal, ContactManagement contacts,
			AccountManagement accounts, PasswordEncoder passwords, PasswordPolicy policy, SignInThrottle throttle,
			SignInCapacity capacity, PlatformTransactionManager transactions, MailOutbox mail,
			ApplicationEventPublisher events, PortalClock clock, EndedAccess endedAccess) {
		this.accesses = accesses;
		this.links = links;
		this.portal = portal;
		this.contacts = contacts;
		this.accounts = accounts;
		this.passwords = passwords;
		this.policy = policy;
		this.throttle = throttle;
		this.capacity = capacity;
		this.transaction = new TransactionTemplate(transactions);
		this.mail = mail;
		this.events = events;
		this.clock = clock;
		this.endedAccess = endedAccess;
		this.dummyHash = passwords.encode(UUID.randomUUID().toString());
	}

	/**
	 * Not a transaction: the attempt is counted and committed first, on its own, and the password
	 * is verified with no connection held, all within the {@link SignInCapacity}. A failure stays
	 * counted whatever happens after it; throttling is on the contact's history.
	 */
	public PortalPrincipal signIn(String email, String password, String clientAddress) {
		return capacity.run(() -> check(email, password, clientAddress));
	}

	private PortalPrincipal check(String email, String password, String clientAddress) {
		String emailKey = SignInThrottle.emailKey(REALM, email);
		String addressKey = SignInThrottle.addressKey(REALM, clientAddress);
		var access = Emails.isValid(email) ? accesses.byLoginEmail(email) : Optional.<PortalAccesses.Access>empty();
		SignInThrottle.Attempt attempt;
		try {
			attempt = throttle.attempt(new Limit(emailKey, FAILURES_PER_EMAIL), new Limit(addressKey, FAILURES_PER_ADDRESS));
		}
		catch (TooManyAttempts e) {
			access.ifPresent(a -> report(a.contactId(), "PORTAL_SIGN_IN_THROTTLED", Map.of(), Actor.SYSTEM));
			throw e;
		}
		String hash = access.map(PortalAccesses.Access::passwordHash).orElse(null);
		boolean matches = passwords.matches(password, hash == null ? dummyHash : hash);
		Contact contact = access.flatMap(a -> contacts.find(a.contactId())).orElse(null);
		if (!matches || hash == null || contact == null || !mayUsePortal(access.get(), contact)) {
			throw new InvalidCredentials();
		}
		throttle.succeeded(attempt, emailKey);
		accesses.signedIn(contact.id());
		PortalPrincipal principal = new PortalPrincipal(contact.id(), contact.name(), clock.now(), null);
		report(contact.id(), "PORTAL_SIGNED_IN", Map.of(), principal.actor());
		return principal;
	}

	/** Sets the first password through an invitation (or self-registration) link, using the link. */
	@Transactional
	public UUID activate(String token, String password) {
		PortalLinks.Used used = links.use(token, ACTIVATION).orElseThrow(InvalidToken::new);
		Contact contact = contacts.get(used.contactId());
		policy.check("password", password, contact.email() == null ? "" : contact.email());
		accesses.activated(contact.id(), passwords.encode(password));
		links.kill(contact.id(), ACTIVATION, "activated");
		report(contact.id(), "PORTAL_ACTIVATED", used.passwordSet(Map.of()),
				new Actor(Actor.Kind.CONTACT, contact.id(), contact.name()));
		return contact.id();
	}

	/**
	 * Sends a reset link when the email is an active login, or a new invitation when it was
	 * invited and never activated (its link expired or was replaced); the caller answers the same
	 * either way. The request is counted first, on its own, then handled in one transaction.
	 */
	public void requestReset(String email, String clientAddress) {
		capacity.run(() -> {
			try {
				throttle.attempt(new Limit(SignInThrottle.emailKey(REALM + "-reset", email), 3),
						new Limit(SignInThrottle.addressKey(REALM + "-reset", clientAddress), 20));
			}
			catch (TooManyAttempts e) {
				return;
			}
			if (Emails.isValid(email)) {
				transaction.executeWithoutResult(status -> sendReset(email));
			}
		});
	}

	private void sendReset(String email) {
		Optional<PortalAccesses.Access> login = accesses.byLoginEmail(email);
		if (login.isEmpty()) {
			endedAccess.refusedForEmail(email, "forgot password");
		}
		login.ifPresent(a -> {
			PortalStatus status = a.status(clock.now());
			if (status == PortalStatus.INVITED || status == PortalStatus.EXPIRED) {
				portal.reinviteOnRequest(a.contactId());
				return;
			}
			if (status != PortalStatus.ACTIVE) {
				return;
			}
			Contact contact = contacts.get(a.contactId());
			if (!mayUsePortal(a, contact)) {
				return;
			}
			links.kill(contact.id(), EnumSet.of(PortalLinks.Purpose.PASSWORD_RESET), "superseded");
			mail.cancelQueued(contact.id(), TemplateKey.PASSWORD_RESET, "a new reset link was sent");
			UUID link = links.create(contact.id(), PortalLinks.Purpose.PASSWORD_RESET,
					Duration.ofHours(portal.settings().passwordResetTtlHours()));
			mail.queue(portal.email(TemplateKey.PASSWORD_RESET, contact, link));
			report(contact.id(), "PORTAL_PASSWORD_RESET_REQUESTED", Map.of(), Actor.SYSTEM);
		});
	}

	/** Sets a new password through a reset or set-new-password link; every session and other link ends. */
	@Transactional
	public UUID confirmReset(String token, String password) {
		PortalLinks.Used used = links.use(token, RESET).orElseThrow(InvalidToken::new);
		Contact contact = contacts.get(used.contactId());
		PortalAccesses.Access access = accesses.find(contact.id()).orElseThrow(InvalidToken::new);
		if (access.status(clock.now()) != PortalStatus.ACTIVE) {
			throw new InvalidToken();
		}
		policy.check("password", password, contact.email() == null ? "" : contact.email());
		accesses.passwordChanged(contact.id(), passwords.encode(password));
		links.kill(contact.id(), RESET, "password changed");
		report(contact.id(), "PORTAL_PASSWORD_CHANGED", used.passwordSet(Map.of("via", "link")),
				new Actor(Actor.Kind.CONTACT, contact.id(), contact.name()));
		return contact.id();
	}

	/** A signed-in contact changes their password; their other sessions end. */
	@Transactional
	public PortalPrincipal changePassword(PortalUser user, String current, String replacement) {
		PortalAccesses.Access access = accesses.find(user.contactId()).orElseThrow(InvalidCredentials::new);
		if (access.passwordHash() == null || !passwords.matches(current, access.passwordHash())) {
			throw new app.clientele.platform.InvalidInput("currentPassword", "is not your current password");
		}
		policy.check("newPassword", replacement, user.email());
		accesses.passwordChanged(user.contactId(), passwords.encode(replacement));
		report(user.contactId(), "PORTAL_PASSWORD_CHANGED", Map.of("via", "profile"),
				new Actor(Actor.Kind.CONTACT, user.contactId(), user.name()));
		return new PortalPrincipal(user.contactId(), user.name(), clock.now().plusMillis(1), null);
	}

	/** Opens a read-only session as a contact through an ADMIN's impersonation link, using the link. */
	@Transactional
	public PortalPrincipal impersonate(String token) {
		PortalLinks.Used used = links.use(token, EnumSet.of(PortalLinks.Purpose.IMPERSONATION))
				.orElseThrow(InvalidToken::new);
		Contact contact = contacts.get(used.contactId());
		Instant now = clock.now();
		var impersonation = new PortalUser.Impersonation(used.staffId(), used.staffName(), used.reason(), now,
				now.plus(PortalManagement.IMPERSONATION_SESSION));
		PortalPrincipal principal = new PortalPrincipal(contact.id(), contact.name(), now, impersonation);
		report(contact.id(), "PORTAL_IMPERSONATED", Map.of("reason", used.reason(), "staff", used.staffName()),
				principal.actor());
		return principal;
	}

	/** Whether a link would work, without using it: link pages show a clear page for a dead one. */
	@Transactional(readOnly = true)
	public boolean linkValid(String token, boolean activation) {
		return links.valid(token, activation ? ACTIVATION : RESET);
	}

	@Transactional(readOnly = true)
	public boolean impersonationLinkValid(String token) {
		return links.valid(token, EnumSet.of(PortalLinks.Purpose.IMPERSONATION));
	}

	/**
	 * What the session may do now, or empty when it is over: access revoked or disabled, contact
	 * archived, account inactive, password changed since, impersonation past its 30 minutes.
	 */
	@Transactional(readOnly = true)
	public Optional<PortalUser> current(PortalPrincipal principal) {
		Optional<PortalAccesses.Access> access = accesses.find(principal.contactId());
		Optional<Contact> contact = contacts.find(principal.contactId());
		if (access.isEmpty() || contact.isEmpty()) {
			return Optional.empty();
		}
		Instant now = clock.now();
		if (principal.impersonation() != null) {
			if (!now.isBefore(principal.impersonation().endsAt()) || !contact.get().active()
					|| !access.get().enabled()) {
				return Optional.empty();
			}
		}
		else if (!mayUsePortal(access.get(), contact.get())
				|| principal.authenticatedAt().isBefore(access.get().sessionsValidAfter())) {
			return Optional.empty();
		}
		Contact c = contact.get();
		Account account = accounts.get(c.accountId());
		List<PortalUser.Site> sites = accounts.allSites(account.id()).stream()
				.filter(s -> access.get().allSites() || access.get().siteIds().contains(s.id()))
				.map(s -> new PortalUser.Site(s.id(), s.name())).toList();
		return Optional.of(new PortalUser(c.id(), account.id(), c.name(), String.valueOf(c.email()), account.name(),
				access.get().permissions(), access.get().allSites(), sites, principal.impersonation()));
	}

	private boolean mayUsePortal(PortalAccesses.Access access, Contact contact) {
		if (!access.enabled() || access.status(clock.now()) != PortalStatus.ACTIVE || !contact.active()
				|| contact.accountId() == null) {
			return false;
		}
		AccountPortalRules rules = accounts.portalRules(contact.accountId());
		return rules.accountActive() && rules.portalEnabled();
	}

	private void report(UUID contactId, String type, Map<String, Object> details, Actor actor) {
		events.publishEvent(new ActivityReported(contactId, type, details, actor));
	}
}
