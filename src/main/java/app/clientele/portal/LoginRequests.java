package app.clientele.portal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactDetails;
import app.clientele.contacts.ContactManagement;
import app.clientele.contacts.DuplicateCandidate;
import app.clientele.contacts.NewContact;
import app.clientele.contacts.PreferredChannel;
import app.clientele.mail.MailOutbox;
import app.clientele.mail.TemplateKey;
import app.clientele.platform.Actor;
import app.clientele.platform.Cursor;
import app.clientele.platform.FieldConstraints;
import app.clientele.platform.InvalidInput;
import app.clientele.platform.NotFound;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import app.clientele.platform.RuleViolation;
import app.clientele.platform.SignInCapacity;
import app.clientele.platform.SignInThrottle;
import app.clientele.platform.TooManyAttempts;
import app.clientele.staff.SettingsManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Request login: with the setting on, a person asks for portal access from the sign-in page;
 * staff see the request beside any contacts with that email, and approve it (a contact is
 * created or picked and invited) or reject it with a reason.
 */
@Service
public class LoginRequests {

	static final int PER_ADDRESS = 5;

	/** A request, with the contacts on record that have its email. */
	public record LoginRequest(UUID id, Instant at, String name, String email, @Nullable String company,
			@Nullable String message, String status, @Nullable Instant decidedAt, @Nullable String decidedBy,
			@Nullable String reason, @Nullable UUID contactId, List<DuplicateCandidate> matchingContacts) {
	}

	/** The setting is off: the request-login feature does not exist. */
	public static class RequestLoginOff extends NotFound {

		public RequestLoginOff() {
			super("Request login", "(switched off)");
		}
	}

	public static class AlreadyDecided extends RuleViolation {

		public AlreadyDecided() {
			super("login-request-decided", "Already decided", "This login request was already approved or rejected.");
		}
	}

	private final JdbcClient jdbc;
	private final LoginRequestStore store;
	private final SettingsManagement settings;
	private final ContactManagement contacts;
	private final PortalManagement portal;
	private final MailOutbox mail;
	private final PortalLinkMail linkMail;
	private final SignInThrottle throttle;
	private final SignInCapacity capacity;
	private final ApplicationEventPublisher events;
	private final EndedAccess endedAccess;
	private final FieldConstraints constraints;

	LoginRequests(JdbcClient jdbc, LoginRequestStore store, SettingsManagement settings, ContactManagement contacts,
			PortalManagement portal, MailOutbox mail, PortalLinkMail linkMail, SignInThrottle throttle,
			SignInCapacity capacity, ApplicationEventPublisher events, EndedAccess endedAccess,
			FieldConstraints constraints) {
		this.constraints = constraints;
		this.jdbc = jdbc;
		this.store = store;
		this.settings = settings;
		this.contacts = contacts;
		this.portal = portal;
		this.mail = mail;
		this.linkMail = linkMail;
		this.throttle = throttle;
		this.capacity = capacity;
		this.events = events;
		this.endedAccess = endedAccess;
	}

	public boolean enabled() {
		return settings.get().requestLoginEnabled();
	}

	/** Not a transaction: the request is counted, then stored, each in one statement of its own. */
	public void submit(String name, String email, @Nullable String company, @Nullable String message,
			String clientAddress) {
		if (!enabled()) {
			throw new RequestLoginOff();
		}
		constraints.valid(new NewLoginRequest(name, email, company, message));
		capacity.run(() -> {
			try {
				throttle.attempt(new SignInThrottle.Limit(SignInThrottle.addressKey("login-request", clientAddress),
						PER_ADDRESS));
			}
			catch (TooManyAttempts e) {
				return;
			}
			endedAccess.refusedForEmail(email.strip(), PortalRequestRefused.Request.LOGIN_REQUEST);
			store.insert(name, email, company, message, clientAddress);
		});
	}

	/** Requests nobody has approved or rejected yet. */
	public long countWaiting() {
		return store.count("PENDING");
	}

	@Transactional(readOnly = true)
	public Page<LoginRequest> list(@Nullable String status, PageRequest page) {
		Cursor after = page.cursor(2);
		List<LoginRequest> list = store.list(status, after, page.fetchSize()).stream().map(this::withMatches).toList();
		return Page.of(list, page.limit(), r -> Cursor.of(r.at().toString(), r.id().toString()));
	}

	@Transactional(readOnly = true)
	public LoginRequest get(UUID id) {
		return single(id);
	}

	/**
	 * Approves a request: a new contact under {@code accountId}, or the existing {@code contactId},
	 * gets portal access and the invitation (the login-request-approved email). A contact whose
	 * access ended (archived, or revoked) is not reused: only an invitation by staff brings it back.
	 */
	@Transactional
	public LoginRequest approve(UUID id, @Nullable UUID accountId, @Nullable UUID contactId) {
		LoginRequest request = pending(id);
		if ((accountId == null) == (contactId == null)) {
			throw new InvalidInput("accountId", "give either accountId (a new contact) or contactId (an existing one)");
		}
		Contact contact;
		if (contactId != null) {
			contact = contacts.get(contactId);
		}
		else {
			String[] names = SelfRegistration.split(request.name());
			contact = contacts.findByEmail(accountId, request.email()).orElseGet(() -> contacts.create(accountId,
					new NewContact(new ContactDetails(names == null ? request.name() : names[0], null,
							names == null ? request.name() : names[1], null, java.util.Set.of(), null, request.email(),
							List.of(), null, null, PreferredChannel.ANY, false, false, false, false, false,
							java.util.Set.of(), List.of()), true, false, false, null, true)));
		}
		if (endedAccess.why(contact) != null) {
			throw new PortalAccessEnded();
		}
		portal.invite(contact.id());
		// The invitation goes out as the login-request-approved email, not a second message.
		mail.cancelQueued(contact.id(), TemplateKey.PORTAL_INVITATION, "sent as the login-request approval");
		UUID link = jdbc.sql("""
				SELECT id FROM portal_link WHERE contact_id = :c AND purpose = 'INVITATION' AND used_at IS NULL
				  AND dead_at IS NULL ORDER BY created_at DESC LIMIT 1
				""").param("c", contact.id()).query(UUID.class).single();
		mail.queue(linkMail.email(TemplateKey.LOGIN_REQUEST_APPROVED, contact, link));
		store.decide(id, "APPROVED", null, contact.id());
		events.publishEvent(new LoginRequestApproved(id, contact.id(), Actor.current()));
		return single(id);
	}

	@Transactional
	public LoginRequest reject(UUID id, @Nullable String reason) {
		pending(id);
		constraints.valid(new RejectionReason(reason));
		store.decide(id, "REJECTED", reason.strip(), null);
		return single(id);
	}

	private LoginRequest pending(UUID id) {
		LoginRequest r = single(id);
		if (!r.status().equals("PENDING")) {
			throw new AlreadyDecided();
		}
		return r;
	}

	private LoginRequest single(UUID id) {
		return store.find(id).map(this::withMatches).orElseThrow(() -> new NotFound("Login request", id));
	}

	private LoginRequest withMatches(LoginRequest r) {
		List<DuplicateCandidate> matches = contacts.duplicates(null, null, null, r.email(), null, null).stream()
				.filter(c -> c.reasons().contains("SAME_EMAIL")).toList();
		return new LoginRequest(r.id(), r.at(), r.name(), r.email(), r.company(), r.message(), r.status(), r.decidedAt(),
				r.decidedBy(), r.reason(), r.contactId(), matches);
	}
}
