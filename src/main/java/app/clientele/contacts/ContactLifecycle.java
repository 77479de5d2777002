package app.clientele.contacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.clientele.accounts.AccountId;
import app.clientele.accounts.AccountManagement;
import app.clientele.platform.Actor;
import app.clientele.platform.IfMatch;
import app.clientele.platform.ProblemException;
import app.clientele.staff.SettingsManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Archive, restore, primary, move and delete, keeping the primary rule: an account with active
 * contacts has exactly one active primary, the first contact becomes it, archiving, deleting or
 * moving the primary promotes the longest-standing active contact. Every such change holds the
 * account's lock, so concurrent calls run one after the other; the database checks the rule at
 * commit as well.
 */
@Service
public class ContactLifecycle {

	private final Contacts contacts;
	private final AccountManagement accounts;
	private final SettingsManagement settings;
	private final ApplicationEventPublisher events;
	private final List<ContactHistory> histories;
	private final TransactionTemplate eachOnItsOwn;

	ContactLifecycle(Contacts contacts, AccountManagement accounts, SettingsManagement settings,
			ApplicationEventPublisher events, List<ContactHistory> histories, PlatformTransactionManager transactions) {
		this.contacts = contacts;
		this.accounts = accounts;
		this.settings = settings;
		this.events = events;
		this.histories = histories;
		this.eachOnItsOwn = new TransactionTemplate(transactions);
	}

	@Transactional
	public Contact archive(UUID id, IfMatch ifMatch) {
		Contact contact = locked(id, ifMatch);
		if (!contact.active()) {
			return contact;
		}
		contacts.setArchived(id, Instant.now());
		Actor actor = Actor.current();
		if (contact.primary()) {
			promote(contact.accountId(), id, actor);
		}
		Contact archived = get(id);
		events.publishEvent(new ContactArchived(archived, actor));
		return archived;
	}

	@Transactional
	public Contact restore(UUID id, IfMatch ifMatch) {
		Contact contact = locked(id, ifMatch);
		if (contact.active()) {
			return contact;
		}
		contacts.setArchived(id, null);
		Actor actor = Actor.current();
		Contact restored = get(id);
		events.publishEvent(new ContactRestored(restored, actor));
		if (restored.accountId() != null) {
			afterJoining(restored, false, actor);
		}
		return get(id);
	}

	@Transactional
	public Contact makePrimary(UUID id, IfMatch ifMatch) {
		Contact contact = locked(id, ifMatch);
		if (!contact.active()) {
			throw new ContactIsArchived(id, contact.name());
		}
		if (contact.accountId() == null) {
			throw new AccountRequired();
		}
		if (!contact.primary()) {
			UUID previous = contacts.primaryOf(contact.accountId()).orElse(null);
			contacts.setPrimary(new AccountId(contact.accountId()), new ContactId(id));
			events.publishEvent(new PrimaryContactChanged(contact.accountId(), id, previous,
					PrimaryContactChanged.Reason.MADE_PRIMARY, Actor.current()));
		}
		return get(id);
	}

	/** Un-sets the flag, handing it to the longest-standing other active contact. */
	@Transactional
	public Contact dropPrimary(UUID id) {
		Contact contact = locked(id, IfMatch.ANY);
		if (!contact.primary()) {
			return contact;
		}
		Optional<UUID> next = contacts.longestStanding(contact.accountId(), id);
		if (next.isEmpty()) {
			throw new PrimaryRequired();
		}
		contacts.setPrimary(new AccountId(contact.accountId()), new ContactId(next.get()));
		events.publishEvent(new PrimaryContactChanged(contact.accountId(), next.get(), id,
				PrimaryContactChanged.Reason.PROMOTED, Actor.current()));
		return get(id);
	}

	/**
	 * Moves a contact to another account (null: unlinked, only with company first off), keeping
	 * its history. Its site links are dropped: sites belong to the old account.
	 */
	@Transactional
	public Contact move(ContactId id, @Nullable AccountId target, IfMatch ifMatch) {
		return move(id.value(), target == null ? null : target.value(), ifMatch);
	}

	private Contact move(UUID id, @Nullable UUID targetAccountId, IfMatch ifMatch) {
		Contact contact = get(id);
		ifMatch.check("Contact " + id, contact.version());
		if (targetAccountId == null && settings.get().companyFirst()) {
			throw new AccountRequired();
		}
		if (targetAccountId != null) {
			accounts.get(targetAccountId);
		}
		if (java.util.Objects.equals(targetAccountId, contact.accountId())) {
			return contact;
		}
		contacts.lockAccounts(contact.accountId(), targetAccountId);
		contact = get(id);
		if (targetAccountId != null && contact.email() != null
				&& contacts.emailTaken(targetAccountId, contact.email(), id)) {
			throw new DuplicateContact(List.of(), false);
		}
		Actor actor = Actor.current();
		try {
			contacts.move(id, targetAccountId);
		}
		catch (DuplicateKeyException e) {
			throw new DuplicateContact(List.of(), false);
		}
		if (contact.primary()) {
			promote(contact.accountId(), id, actor);
		}
		Contact moved = get(id);
		events.publishEvent(new ContactMoved(moved, contact.accountId(), targetAccountId, contact.siteIds(), actor));
		if (targetAccountId != null && moved.active()) {
			afterJoining(moved, false, actor);
		}
		return get(id);
	}

	/** Deletes a contact for good (ADMIN); refused when it has history. */
	@Transactional
	public void delete(UUID id, IfMatch ifMatch) {
		Contact contact = get(id);
		ifMatch.check("Contact " + id, contact.version());
		List<String> history = new ArrayList<>();
		for (ContactHistory h : histories) {
			if (h.exists(id)) {
				history.add(h.kind());
			}
		}
		if (!history.isEmpty()) {
			throw new ContactHasHistory(id, history);
		}
		contacts.lockRow(id);
		contact = locked(id, IfMatch.ANY);
		ifMatch.check("Contact " + id, contact.version());
		Actor actor = Actor.current();
		contacts.delete(id);
		if (contact.primary()) {
			promote(contact.accountId(), id, actor);
		}
		events.publishEvent(new ContactDeleted(contact, actor));
	}

	/** Deletes each contact in its own transaction and says, per id, what happened. */
	public List<BulkDeleteResult> bulkDelete(List<UUID> ids) {
		List<BulkDeleteResult> results = new ArrayList<>();
		for (UUID id : ids) {
			try {
				eachOnItsOwn.executeWithoutResult(tx -> delete(id, IfMatch.ANY));
				results.add(BulkDeleteResult.deleted(id));
			}
			catch (ProblemException e) {
				results.add(BulkDeleteResult.refused(id, e));
			}
		}
		return results;
	}

	/** A contact that just became active in an account is its primary when asked, or when it is the first. */
	void afterJoining(Contact contact, boolean asked, Actor actor) {
		Optional<UUID> current = contacts.primaryOf(contact.accountId());
		if (current.isEmpty() || asked) {
			contacts.setPrimary(new AccountId(contact.accountId()), new ContactId(contact.id()));
			events.publishEvent(new PrimaryContactChanged(contact.accountId(), contact.id(), current.orElse(null),
					current.isEmpty() ? PrimaryContactChanged.Reason.FIRST_CONTACT
							: PrimaryContactChanged.Reason.MADE_PRIMARY, actor));
		}
	}

	void promote(@Nullable UUID accountId, UUID leaving, Actor actor) {
		if (accountId == null) {
			return;
		}
		contacts.longestStanding(accountId, leaving).ifPresent(next -> {
			contacts.setPrimary(new AccountId(accountId), new ContactId(next));
			events.publishEvent(new PrimaryContactChanged(accountId, next, leaving,
					PrimaryContactChanged.Reason.PROMOTED, actor));
		});
	}

	/** Loads the contact, takes its account's lock, and reads it again under the lock. */
	private Contact locked(UUID id, IfMatch ifMatch) {
		Contact contact = get(id);
		ifMatch.check("Contact " + id, contact.version());
		contacts.lockAccounts(contact.accountId());
		Contact current = get(id);
		if (!java.util.Objects.equals(current.accountId(), contact.accountId())) {
			contacts.lockAccounts(current.accountId());
			current = get(id);
		}
		return current;
	}

	private Contact get(UUID id) {
		return contacts.find(id).orElseThrow(() -> new ContactNotFound(id));
	}
}
