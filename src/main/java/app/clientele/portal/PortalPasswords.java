package app.clientele.portal;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactManagement;
import app.clientele.mail.TemplateKey;
import app.clientele.platform.Actor;
import app.clientele.platform.Emails;
import app.clientele.platform.FieldProblem;
import app.clientele.platform.InvalidInput;
import app.clientele.platform.PasswordPolicy;
import app.clientele.platform.SignInCapacity;
import app.clientele.platform.SignInThrottle;
import app.clientele.platform.SignInThrottle.Limit;
import app.clientele.platform.TooManyAttempts;
import app.clientele.staff.InvalidCredentials;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A contact's portal password: the first one set through an invitation link, a forgotten one
 * reset through an emailed link, and a change while signed in.
 */
@Service
public class PortalPasswords {

	static final Set<PortalLinks.Purpose> ACTIVATION = EnumSet.of(PortalLinks.Purpose.INVITATION,
			PortalLinks.Purpose.SELF_REGISTRATION);
	static final Set<PortalLinks.Purpose> RESET = EnumSet.of(PortalLinks.Purpose.SET_PASSWORD,
			PortalLinks.Purpose.PASSWORD_RESET);

	private final PortalAccesses accesses;
	private final PortalLinks links;
	private final PortalLinkMail linkMail;
	private final PortalManagement portal;
	private final PortalSignIn signIn;
	private final ContactManagement contacts;
	private final PasswordEncoder passwords;
	private final PasswordPolicy policy;
	private final SignInThrottle throttle;
	private final SignInCapacity capacity;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;
	private final PortalClock clock;
	private final EndedAccess endedAccess;

	PortalPasswords(PortalAccesses accesses, PortalLinks links, PortalLinkMail linkMail, PortalManagement portal,
			PortalSignIn signIn, ContactManagement contacts, PasswordEncoder passwords, PasswordPolicy policy,
			SignInThrottle throttle, SignInCapacity capacity, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, PortalClock clock, EndedAccess endedAccess) {
		this.accesses = accesses;
		this.links = links;
		this.linkMail = linkMail;
		this.portal = portal;
		this.signIn = signIn;
		this.contacts = contacts;
		this.passwords = passwords;
		this.policy = policy;
		this.throttle = throttle;
		this.capacity = capacity;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
		this.endedAccess = endedAccess;
	}

	/** Sets the first password through an invitation (or self-registration) link, using the link. */
	@Transactional
	public UUID activate(String token, String password) {
		PortalLinks.Used used = links.use(token, ACTIVATION).orElseThrow(InvalidToken::new);
		Contact contact = contacts.get(used.contactId());
		policy.check("password", password, contact.email() == null ? "" : contact.email());
		accesses.activated(contact.id(), passwords.encode(password));
		links.kill(contact.id(), ACTIVATION, "activated");
		events.publishEvent(new PortalActivated(contact.id(), used.shownInMailboxBy(),
				new Actor(Actor.Kind.CONTACT, contact.id(), contact.name())));
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
				throttle.attempt(new Limit(SignInThrottle.emailKey(PortalSignIn.REALM + "-reset", email), 3),
						new Limit(SignInThrottle.addressKey(PortalSignIn.REALM + "-reset", clientAddress), 20));
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
			endedAccess.refusedForEmail(email, PortalRequestRefused.Request.FORGOT_PASSWORD);
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
			if (!signIn.mayUsePortal(a, contact)) {
				return;
			}
			linkMail.replace(contact, PortalLinks.Purpose.PASSWORD_RESET, TemplateKey.PASSWORD_RESET,
					Duration.ofHours(portal.settings().passwordResetTtlHours()), "superseded", "a new reset link was sent");
			events.publishEvent(new PortalPasswordResetRequested(contact.id(), Actor.SYSTEM));
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
		events.publishEvent(new PortalPasswordChanged(contact.id(), PortalPasswordChanged.Via.LINK,
				used.shownInMailboxBy(), new Actor(Actor.Kind.CONTACT, contact.id(), contact.name())));
		return contact.id();
	}

	/** A signed-in contact changes their password; their other sessions end. */
	@Transactional
	public PortalPrincipal changePassword(PortalUser user, String current, String replacement) {
		PortalAccesses.Access access = accesses.find(user.contactId()).orElseThrow(InvalidCredentials::new);
		if (access.passwordHash() == null || !passwords.matches(current, access.passwordHash())) {
			throw new InvalidInput(List.of(FieldProblem.of("currentPassword", "is not your current password",
					"validation.currentPassword.wrong")));
		}
		policy.check("newPassword", replacement, user.email());
		accesses.passwordChanged(user.contactId(), passwords.encode(replacement));
		events.publishEvent(new PortalPasswordChanged(user.contactId(), PortalPasswordChanged.Via.PROFILE, null,
				new Actor(Actor.Kind.CONTACT, user.contactId(), user.name())));
		return new PortalPrincipal(user.contactId(), user.name(), clock.now().plusMillis(1), null);
	}

	/**
	 * Activates through the link, then signs the person in: the link was the proof, so the page
	 * lands on the portal rather than on a sign-in form. Empty when the portal is closed to them
	 * right now (account inactive, portal off for its class); the password is set either way.
	 */
	@Transactional
	public Optional<PortalPrincipal> activateAndSignIn(String token, String password) {
		return signIn.afterPasswordSet(activate(token, password));
	}

	/** {@link #confirmReset}, then signs the person in, as {@link #activateAndSignIn} does. */
	@Transactional
	public Optional<PortalPrincipal> resetAndSignIn(String token, String password) {
		return signIn.afterPasswordSet(confirmReset(token, password));
	}

	/** The email the person of a live link signs in with, without using the link; empty for a dead link. */
	@Transactional(readOnly = true)
	public Optional<String> signInEmail(String token, boolean activation) {
		return links.contactOf(token, activation ? ACTIVATION : RESET).flatMap(accesses::find)
				.map(PortalAccesses.Access::loginEmail);
	}

	/** Whether a link would work, without using it: link pages show a clear page for a dead one. */
	@Transactional(readOnly = true)
	public boolean linkValid(String token, boolean activation) {
		return links.valid(token, activation ? ACTIVATION : RESET);
	}
}
