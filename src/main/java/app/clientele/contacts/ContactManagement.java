package app.clientele.contacts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountPortalRules;
import app.clientele.fields.CustomFieldEntity;
import app.clientele.fields.CustomFieldManagement;
import app.clientele.fields.CustomFieldRules;
import app.clientele.platform.Actor;
import app.clientele.platform.Ids;
import app.clientele.platform.IfMatch;
import app.clientele.platform.FieldConstraints;
import app.clientele.platform.InvalidInput;
import app.clientele.platform.Keyed;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import app.clientele.staff.PortalAccessManagers;
import app.clientele.staff.Settings;
import app.clientele.staff.SettingsManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Contacts under their accounts: create (with the duplicate check), edit, find and list. The
 * lifecycle (archive, restore, primary, move, delete) is in {@link ContactLifecycle}.
 */
@Service
public class ContactManagement {

	private final Contacts contacts;
	private final ContactSearch search;
	private final DuplicateFinder duplicates;
	private final ContactLifecycle primaries;
	private final AccountManagement accounts;
	private final SettingsManagement settings;
	private final ApplicationEventPublisher events;
	private final FieldConstraints constraints;
	private final CustomFieldManagement fields;
	/** The portal's answer, looked up once: asking the bean factory on every read cost 5 % of the app's CPU. */
	private final SingletonSupplier<@Nullable ContactPortalStatus> portalStatus;
	/** Looked up on the first create: the steps depend on this service. */
	private final SingletonSupplier<List<ContactOnboardingStep>> onboarding;

	ContactManagement(Contacts contacts, ContactSearch search, DuplicateFinder duplicates, ContactLifecycle primaries,
			AccountManagement accounts, SettingsManagement settings, ApplicationEventPublisher events,
			FieldConstraints constraints, CustomFieldManagement fields, ObjectProvider<ContactPortalStatus> portalStatus,
			ObjectProvider<ContactOnboardingStep> onboarding) {
		this.fields = fields;
		this.contacts = contacts;
		this.search = search;
		this.duplicates = duplicates;
		this.primaries = primaries;
		this.accounts = accounts;
		this.settings = settings;
		this.events = events;
		this.constraints = constraints;
		this.portalStatus = SingletonSupplier.ofNullable(portalStatus::getIfAvailable);
		this.onboarding = SingletonSupplier.of(() -> onboarding.orderedStream().toList());
	}

	/**
	 * Creates a contact under {@code accountId} (null only with company first off). Refuses likely
	 * duplicates unless confirmed, and the same email under the same account always. The first
	 * active contact of an account becomes its primary contact. A portal section is refused (403)
	 * unless the staff user may manage portal access: every role creates contacts, not every role
	 * gives access. The welcome email and the portal section are done by the
	 * {@link ContactOnboardingStep}s, in this transaction.
	 */
	@Transactional
	public Contact create(@Nullable UUID accountId, NewContact request) {
		PortalAccessRequest portal = request.portal();
		if (portal != null && (portal.enabled() || portal.sendInvite()) && !PortalAccessManagers.currentUserIsOne()) {
			throw new AccessDeniedException("Your role may not give portal access; create the contact without it.");
		}
		Settings current = settings.get();
		if (accountId == null && current.companyFirst()) {
			throw new AccountRequired();
		}
		AccountPortalRules account = accountId == null ? null : accounts.portalRules(accountId);
		ContactRules.Normalised n = ContactRules.check(request.details(), current.defaultPhoneRegion(), constraints,
				fields.rules(CustomFieldEntity.CONTACT), Map.of(), true);
		checkSites(accountId, request.details().siteIds());
		List<DuplicateCandidate> candidates = duplicates.find(new DuplicateFinder.Probe(accountId, n.firstName(),
				n.lastName(), n.email(), n.phones().stream().map(Phone::e164).toList(), null, n.secondEmail()));
		DuplicateContact refused = DuplicateContact.refusal(candidates, accountId != null && n.email() != null
				&& contacts.emailTaken(accountId, n.email(), null), request.confirmNotDuplicate());
		if (refused != null) {
			throw refused;
		}
		Instant now = Instant.now();
		Contact contact = ContactRules.build(Ids.newId(), accountId, n, request.details(), false, request.active() ? null : now, now,
				now, now, 0);
		contacts.lockAccounts(accountId);
		try {
			contacts.insert(contact);
		}
		catch (DuplicateKeyException e) {
			throw new DuplicateContact(candidates, false);
		}
		Actor actor = Actor.current();
		events.publishEvent(new ContactCreated(contact, account, actor));
		ContactOnboarding asked = new ContactOnboarding(contact, account, request.sendWelcomeEmail(), request.portal(),
				request.automaticInvitation(), actor);
		onboarding.obtain().forEach(step -> step.onboard(asked));
		if (accountId != null && contact.active()) {
			primaries.afterJoining(contact, request.primary(), actor);
		}
		return get(contact.id());
	}

	/** One statement, so no transaction of its own (a caller's transaction is joined). */
	public Contact get(UUID id) {
		return contacts.find(id).orElseThrow(() -> new ContactNotFound(id));
	}

	public Optional<Contact> find(UUID id) {
		return contacts.find(id);
	}

	/** The contact of an account with this email (one at most: one email per person per account). */
	@Transactional(readOnly = true)
	public Optional<Contact> findByEmail(UUID accountId, String email) {
		return contacts.byEmail(accountId, email);
	}

	/**
	 * Replaces the editable fields. The primary flag and the archive state are changed through
	 * their own commands, which this one calls when they differ ({@code primary}, {@code active}).
	 */
	@Transactional
	public Contact update(UUID id, ContactDetails details, @Nullable Boolean primary, @Nullable Boolean active,
			IfMatch ifMatch) {
		Contact before = get(id);
		ifMatch.check("Contact " + id, before.version());
		CustomFieldRules custom = fields.rules(CustomFieldEntity.CONTACT);
		ContactRules.Normalised n = ContactRules.check(details, settings.get().defaultPhoneRegion(), constraints, custom,
				before.customFields(), false);
		checkSites(before.accountId(), details.siteIds());
		if (before.accountId() != null && n.email() != null && contacts.emailTaken(before.accountId(), n.email(), id)) {
			throw new DuplicateContact(duplicates.find(new DuplicateFinder.Probe(before.accountId(), null, null,
					n.email(), List.of(), id)), false);
		}
		Contact changed = ContactRules.build(id, before.accountId(), n, details, before.primary(), before.archivedAt(),
				before.accountSince(), before.createdAt(), Instant.now(), before.version());
		try {
			contacts.update(changed, before.version());
		}
		catch (DuplicateKeyException e) {
			throw new DuplicateContact(List.of(), false);
		}
		Contact after = get(id);
		List<FieldChange> changes = FieldChanges.between(before, after, custom);
		if (!changes.isEmpty()) {
			events.publishEvent(new ContactUpdated(before, after, changes, Actor.current()));
		}
		if (active != null && active != after.active()) {
			after = active ? primaries.restore(id, IfMatch.ANY) : primaries.archive(id, IfMatch.ANY);
		}
		if (primary != null && primary != after.primary()) {
			after = primary ? primaries.makePrimary(id, IfMatch.ANY) : primaries.dropPrimary(id);
		}
		return after;
	}

	/** A page of the account's contacts, active only or all; see {@link #list}. */
	public Page<Contact> ofAccount(UUID accountId, boolean includeArchived, PageRequest page) {
		return list(ContactFilter.of(accountId, null, includeArchived), page);
	}

	public Page<Contact> search(@Nullable String q, boolean includeArchived, PageRequest page) {
		return list(ContactFilter.of(null, q, includeArchived), page);
	}

	/**
	 * A page of the contacts {@code filter} takes, in name order (a search: its matches), an
	 * unknown account refused. Contacts only exist under an account that exists, so the account is
	 * looked up only when the page is empty: a list is one statement.
	 */
	public Page<Contact> list(ContactFilter filter, PageRequest page) {
		List<Keyed<Contact>> found = filter.q() == null ? search.list(filter, page)
				: search.search(filter.q(), filter, () -> settings.get().defaultPhoneRegion(), page);
		if (found.isEmpty() && filter.accountId() != null) {
			accounts.get(filter.accountId());
		}
		return Page.keyed(found, page.limit());
	}

	/**
	 * Likely duplicates of a person being typed in, for the as-you-type warning. One statement
	 * (two with a phone, for the phone region), so no transaction of its own.
	 */
	public List<DuplicateCandidate> duplicates(@Nullable UUID accountId, @Nullable String firstName,
			@Nullable String lastName, @Nullable String email, @Nullable String phone, @Nullable UUID exclude) {
		String e164 = phone == null || phone.isBlank() ? null : ContactRules.e164(phone, settings.get().defaultPhoneRegion());
		String mail = email == null || email.isBlank() ? null : email.strip();
		return duplicates.find(new DuplicateFinder.Probe(accountId, firstName, lastName, mail,
				e164 == null ? List.of() : List.of(e164), exclude));
	}

	@Transactional(readOnly = true)
	public long countActive() {
		return search.countActive();
	}

	/** The display name of each contact named that exists, for lists that show people by id. */
	@Transactional(readOnly = true)
	public Map<UUID, String> names(Collection<UUID> contactIds) {
		return search.names(contactIds);
	}

	/** The portal status of each contact, NOT_INVITED when the portal knows nothing of it. */
	public Map<UUID, String> portalStatuses(Collection<UUID> contactIds) {
		ContactPortalStatus source = portalStatus.get();
		return source == null ? Map.of() : source.statuses(contactIds);
	}

	/** The contacts' custom fields and their rules, as they are now. */
	public CustomFieldRules customFieldRules() {
		return fields.rules(CustomFieldEntity.CONTACT);
	}

	void checkSites(@Nullable UUID accountId, @Nullable Set<UUID> siteIds) {
		if (siteIds == null || siteIds.isEmpty()) {
			return;
		}
		if (accountId == null) {
			throw new InvalidInput("siteIds", "needs the contact to belong to an account");
		}
		Set<UUID> foreign = accounts.foreignSites(accountId, siteIds);
		if (!foreign.isEmpty()) {
			throw new InvalidInput("siteIds", "must be sites of the contact's account (not " + foreign + ")");
		}
	}
}
