package app.clientele.staff;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.clientele.platform.Actor;
import app.clientele.platform.FieldConstraints;
import app.clientele.platform.FieldProblem;
import app.clientele.platform.Ids;
import app.clientele.platform.IfMatch;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import app.clientele.platform.PasswordPolicy;
import app.clientele.platform.SignInCapacity;
import app.clientele.platform.SignInThrottle;
import app.clientele.platform.SignInThrottle.Limit;
import app.clientele.platform.TooManyAttempts;
import app.clientele.staff.StaffSignInFailed.Reason;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff users: creating, listing, disabling them, and checking their credentials. */
@Service
public class StaffManagement {

	static final String REALM = "staff";
	static final int FAILURES_PER_EMAIL = 5;
	static final int FAILURES_PER_ADDRESS = 20;

	private final StaffUsers users;
	private final ApiTokens tokens;
	private final PasswordEncoder passwords;
	private final PasswordPolicy policy;
	private final SignInThrottle throttle;
	private final SignInCapacity capacity;
	private final FindByIndexNameSessionRepository<? extends Session> sessions;
	private final String dummyHash;
	private final FieldConstraints constraints;
	private final ApplicationEventPublisher events;

	StaffManagement(StaffUsers users, ApiTokens tokens, PasswordEncoder passwords, PasswordPolicy policy,
			SignInThrottle throttle, SignInCapacity capacity,
			FindByIndexNameSessionRepository<? extends Session> sessions, FieldConstraints constraints,
			ApplicationEventPublisher events) {
		this.events = events;
		this.users = users;
		this.tokens = tokens;
		this.passwords = passwords;
		this.policy = policy;
		this.throttle = throttle;
		this.capacity = capacity;
		this.sessions = sessions;
		this.dummyHash = passwords.encode(UUID.randomUUID().toString());
		this.constraints = constraints;
	}

	@Transactional
	public StaffMember create(NewStaffMember staff) {
		validate(staff);
		if (users.emailTaken(staff.email())) {
			throw new StaffEmailTaken(staff.email());
		}
		UUID id = Ids.newId();
		try {
			users.insert(id, staff.email(), staff.name(), staff.roles(), passwords.encode(staff.password()));
		}
		catch (DuplicateKeyException e) {
			throw new StaffEmailTaken(staff.email());
		}
		StaffMember created = get(id);
		events.publishEvent(new StaffCreated(created, Actor.current()));
		return created;
	}

	@Transactional(readOnly = true)
	public StaffMember get(UUID id) {
		return users.byId(id).orElseThrow(() -> new StaffNotFound(id)).member();
	}

	@Transactional(readOnly = true)
	public Page<StaffMember> list(PageRequest page) {
		return Page.keyed(users.page(page), page.limit());
	}

	@Transactional(readOnly = true)
	public long countEnabled() {
		return users.count();
	}

	/** Disables a staff user: their tokens and console sessions end at once. */
	@Transactional
	public StaffMember disable(UUID id, IfMatch ifMatch) {
		StaffMember member = get(id);
		ifMatch.check("Staff user " + id, member.version());
		if (!member.enabled()) {
			return member;
		}
		if (member.roles().contains(Role.ADMIN) && users.enabledAdminsOtherThan(id) == 0) {
			throw new LastAdminStays();
		}
		if (!users.setEnabled(id, false, member.version())) {
			throw new OptimisticLockingFailureException("staff " + id + " changed concurrently");
		}
		tokens.revokeAll(id);
		sessions.findByPrincipalName(member.email()).keySet().forEach(sessions::deleteById);
		StaffMember disabled = get(id);
		events.publishEvent(new StaffEnabledChanged(disabled, false, Actor.current()));
		return disabled;
	}

	@Transactional
	public StaffMember enable(UUID id, IfMatch ifMatch) {
		StaffMember member = get(id);
		ifMatch.check("Staff user " + id, member.version());
		if (member.enabled()) {
			return member;
		}
		if (!users.setEnabled(id, true, member.version())) {
			throw new OptimisticLockingFailureException("staff " + id + " changed concurrently");
		}
		StaffMember enabled = get(id);
		events.publishEvent(new StaffEnabledChanged(enabled, true, Actor.current()));
		return enabled;
	}

	/**
	 * Checks an email and password, throttled per email and per client address. The answer and
	 * the work done (one Argon2 verification) are the same whether or not the email exists. Not a
	 * transaction: the attempt is counted and committed first, on its own, and the verification runs
	 * with no connection held, all within the {@link SignInCapacity}. Each outcome is published
	 * ({@link StaffSignedIn}, {@link StaffSignInFailed}) for the audit trail.
	 */
	public StaffPrincipal authenticate(String email, String password, String clientAddress) {
		return signIn(email, password, clientAddress, SignInVia.CONSOLE);
	}

	private StaffPrincipal signIn(String email, String password, String clientAddress, SignInVia via) {
		try {
			StaffPrincipal principal = capacity.run(() -> check(email, password, clientAddress, via));
			events.publishEvent(new StaffSignedIn(principal.actor(), principal.email(), via, clientAddress));
			return principal;
		}
		catch (TooManyAttempts e) {
			events.publishEvent(new StaffSignInFailed(email, null, via, Reason.THROTTLED, clientAddress));
			throw e;
		}
	}

	private StaffPrincipal check(String email, String password, String clientAddress, SignInVia via) {
		String emailKey = SignInThrottle.emailKey(REALM, email);
		SignInThrottle.Attempt attempt = throttle.attempt(new Limit(emailKey, FAILURES_PER_EMAIL),
				new Limit(SignInThrottle.addressKey(REALM, clientAddress), FAILURES_PER_ADDRESS));
		var row = users.byEmail(email);
		boolean matches = passwords.matches(password, row.map(StaffUsers.Row::passwordHash).orElse(dummyHash));
		if (row.isEmpty() || !matches || !row.get().member().enabled()) {
			Reason reason = row.isEmpty() ? Reason.UNKNOWN_EMAIL : !matches ? Reason.WRONG_PASSWORD : Reason.DISABLED;
			UUID staffId = row.map(r -> r.member().id()).orElse(null);
			events.publishEvent(new StaffSignInFailed(email, staffId, via, reason, clientAddress));
			throw new InvalidCredentials();
		}
		throttle.succeeded(attempt, emailKey);
		StaffMember m = row.get().member();
		return new StaffPrincipal(m.id(), m.email(), m.name(), m.roles());
	}

	public IssuedToken issueToken(String email, String password, String clientAddress) {
		StaffPrincipal principal = signIn(email, password, clientAddress, SignInVia.API_TOKEN);
		return tokens.issue(principal.id());
	}

	boolean isEmpty() {
		return users.isEmpty();
	}

	private void validate(NewStaffMember staff) {
		List<FieldProblem> errors = new java.util.ArrayList<>();
		// the password policy looks across fields (not the email) and at breached passwords
		String passwordProblem = staff.password() == null ? null
				: policy.problem(staff.password(), staff.email() == null ? "" : staff.email());
		if (passwordProblem != null) {
			errors.add(new FieldProblem("password", passwordProblem));
		}
		constraints.valid(staff, errors);
	}

	static Set<Role> parseRoles(String csv) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String r : csv.split(",")) {
			if (!r.isBlank()) {
				roles.add(Role.valueOf(r));
			}
		}
		return roles;
	}
}
