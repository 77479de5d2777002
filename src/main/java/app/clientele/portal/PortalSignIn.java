package app.clientele.portal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.clientele.accounts.Account;
import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountPortalRules;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactManagement;
import app.clientele.platform.Actor;
import app.clientele.platform.Emails;
import app.clientele.platform.SignInCapacity;
import app.clientele.platform.SignInThrottle;
import app.clientele.platform.SignInThrottle.Limit;
import app.clientele.platform.TooManyAttempts;
import app.clientele.staff.InvalidCredentials;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact side of the portal: signing in, and what a session may do as of this request
 * (passwords are {@link PortalPasswords}', impersonation {@link PortalImpersonation}'s). Sign-in
 * answers the same, after the same work (one Argon2 verification), for an unknown email, a wrong
 * password, a login not yet active, revoked or archived.
 */
@Service
public class PortalSignIn {

	static final String REALM = "portal";
	static final int FAILURES_PER_EMAIL = 5;
	static final int FAILURES_PER_ADDRESS = 20;

	private final PortalAccesses accesses;
	private final ContactManagement contacts;
	private final AccountManagement accounts;
	private final PasswordEncoder passwords;
	private final SignInThrottle throttle;
	private final SignInCapacity capacity;
	private final ApplicationEventPublisher events;
	private final PortalClock clock;
	private final String dummyHash;

	PortalSignIn(PortalAccesses accesses, ContactManagement contacts, AccountManagement accounts,
			PasswordEncoder passwords, SignInThrottle throttle, SignInCapacity capacity, ApplicationEventPublisher events,
			PortalClock clock) {
		this.accesses = accesses;
		this.contacts = contacts;
		this.accounts = accounts;
		this.passwords = passwords;
		this.throttle = throttle;
		this.capacity = capacity;
		this.events = events;
		this.clock = clock;
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
			access.ifPresent(a -> events.publishEvent(new PortalSignInThrottled(a.contactId(), Actor.SYSTEM)));
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
		events.publishEvent(new PortalSignedIn(contact.id(), principal.actor()));
		return principal;
	}

	/**
	 * Signs in the contact who has just set its password through a link, in that transaction. The
	 * session counts from when the password was set, so it outlives the sessions that change ended.
	 */
	Optional<PortalPrincipal> afterPasswordSet(UUID contactId) {
		Optional<PortalAccesses.Access> access = accesses.find(contactId);
		Optional<Contact> contact = contacts.find(contactId);
		if (access.isEmpty() || contact.isEmpty() || !mayUsePortal(access.get(), contact.get())) {
			return Optional.empty();
		}
		accesses.signedIn(contactId);
		Instant now = clock.now();
		Instant validAfter = access.get().sessionsValidAfter();
		PortalPrincipal principal = new PortalPrincipal(contactId, contact.get().name(),
				now.isBefore(validAfter) ? validAfter : now, null);
		events.publishEvent(new PortalSignedIn(contactId, PortalSignedIn.Via.LINK, principal.actor()));
		return Optional.of(principal);
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

	boolean mayUsePortal(PortalAccesses.Access access, Contact contact) {
		if (!access.enabled() || access.status(clock.now()) != PortalStatus.ACTIVE || !contact.active()
				|| contact.accountId() == null) {
			return false;
		}
		AccountPortalRules rules = accounts.portalRules(contact.accountId());
		return rules.accountActive() && rules.portalEnabled();
	}
}
