package app.clientele.contacts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import app.clientele.accounts.AccountId;
import app.clientele.platform.Actor;
import app.clientele.platform.IfMatch;
import app.clientele.platform.InvalidInput;
import app.clientele.platform.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Merges two records of one person: the survivor ({@code id}) keeps its id and takes the other's
 * history through every {@link ContactMergeStep}; its fields are chosen per field and combined by
 * {@link MergedFields}; the other leaves the contact table (every read of it answers 404) and is
 * kept in {@code contact_merge} for an undo within {@link #UNDO_WINDOW}. The primary rule holds:
 * a primary merged into a contact of its account passes the flag to the survivor, otherwise its
 * account promotes as when a primary leaves. Both accounts' locks are held throughout.
 */
@Service
public class ContactMerging {

	static final Duration UNDO_WINDOW = Duration.ofDays(30);

	private final Contacts contacts;
	private final ContactManagement management;
	private final ContactLifecycle lifecycle;
	private final Merges merges;
	private final List<ContactMergeStep> steps;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate rolledBack;

	ContactMerging(Contacts contacts, ContactManagement management, ContactLifecycle lifecycle, Merges merges,
			List<ContactMergeStep> steps, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
		this.contacts = contacts;
		this.management = management;
		this.lifecycle = lifecycle;
		this.merges = merges;
		this.steps = steps;
		this.events = events;
		this.rolledBack = new TransactionTemplate(transactions);
		this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The fields staff choose between the two sides (the others are combined by the safest rule). */
	public static List<String> chosenFields() {
		return MergedFields.CHOSEN;
	}

	/** What {@link #merge} would do: the merge itself, in a transaction that rolls back. */
	public MergeResult preview(UUID id, MergeRequest request) {
		MergeResult done = Objects.requireNonNull(rolledBack.execute(tx -> {
			tx.setRollbackOnly();
			return run(id, request);
		}));
		return new MergeResult(null, done.survivor(), done.moves(), done.portal());
	}

	@Transactional
	public MergeResult merge(UUID id, MergeRequest request) {
		return run(id, request);
	}

	private MergeResult run(UUID id, MergeRequest request) {
		if (id.equals(request.otherId())) {
			throw new InvalidInput("otherId", "is this contact; a contact is merged with another one");
		}
		MergedFields.check(request.keep(), management.customFieldRules());
		Contact survivor = get(id);
		Contact other = get(request.otherId());
		if (!Objects.equals(survivor.accountId(), other.accountId()) && !request.acrossAccounts()) {
			throw new MergeAcrossAccounts();
		}
		contacts.lockAccounts(survivor.accountId(), other.accountId());
		survivor = get(id);
		other = get(request.otherId());
		UUID mergeId = UUID.randomUUID();
		Actor actor = Actor.current();
		merges.insert(mergeId, survivor, other, actor.label());
		ContactMerge merge = new ContactMerge(mergeId, survivor, other, request);
		MergeMoves moves = new MergeMoves();
		steps.forEach(step -> step.merge(merge, moves));
		leave(other, survivor, actor);
		management.update(id, MergedFields.of(survivor, other, request), null, null, IfMatch.ANY);
		Contact after = get(id);
		merges.survivorAfter(mergeId, after);
		events.publishEvent(new ContactMerged(mergeId, survivor, other, after, actor));
		return new MergeResult(mergeId, after, moves.counts(), moves.portal());
	}

	/** The other leaves the contact table; its primary flag passes to the survivor or is promoted away. */
	private void leave(Contact other, Contact survivor, Actor actor) {
		contacts.delete(other.id());
		if (!other.primary()) {
			return;
		}
		if (Objects.equals(other.accountId(), survivor.accountId()) && survivor.active()) {
			contacts.setPrimary(new AccountId(Objects.requireNonNull(other.accountId())), new ContactId(survivor.id()));
			events.publishEvent(new PrimaryContactChanged(other.accountId(), survivor.id(), other.id(),
					PrimaryContactChanged.Reason.PROMOTED, actor));
		}
		else {
			lifecycle.promote(other.accountId(), other.id(), actor);
		}
	}

	/**
	 * Brings the merged-away contact back with its own fields and the history that was moved;
	 * what the survivor got since stays with the survivor. An email the survivor took from it goes
	 * back to it (the survivor gets its own again); it comes back primary only when its account
	 * has none.
	 */
	@Transactional
	public Contact undo(UUID mergeId) {
		Merges.Stored stored = merges.lock(mergeId).orElseThrow(() -> new NotFound("Merge", mergeId));
		if (stored.undoneAt() != null) {
			throw new MergeNotUndoable(mergeId, "it was undone already");
		}
		if (stored.mergedAt().plus(UNDO_WINDOW).isBefore(Instant.now())) {
			throw new MergeNotUndoable(mergeId, "it is more than 30 days old (merged " + stored.mergedAt() + ")");
		}
		Contact survivor = contacts.find(stored.survivorId()).orElseThrow(() -> new MergeNotUndoable(mergeId,
				"the surviving contact is gone (deleted, or merged into another contact)"));
		Contact other = stored.other();
		contacts.lockAccounts(survivor.accountId(), other.accountId());
		revertSurvivor(mergeId, survivor, other, stored);
		Contact restored = MergeUndo.restore(contacts, other);
		if (restored.accountId() != null && restored.active()) {
			lifecycle.afterJoining(restored, false, Actor.current());
		}
		ContactMerge merge = new ContactMerge(mergeId, survivor, restored, MergeUndo.NOTHING_ASKED);
		steps.forEach(step -> step.undo(merge));
		merges.undone(mergeId);
		events.publishEvent(new ContactMergeUndone(mergeId, survivor.id(), restored, Actor.current()));
		return get(restored.id());
	}

	/**
	 * Takes back from the survivor what the merge changed and nobody changed since
	 * ({@link MergeRevert}); a merge made before the survivor's states were kept gives back only the
	 * email. The other's email must be free again for it to come back.
	 */
	private void revertSurvivor(UUID mergeId, Contact survivor, Contact other, Merges.Stored stored) {
		Contact before = stored.survivorBefore();
		Contact after = stored.survivorAfter();
		ContactDetails reverted = before == null || after == null ? giveEmailBack(survivor, other, stored)
				: MergeRevert.of(before, after, survivor);
		if (!reverted.equals(survivor.details())) {
			management.update(survivor.id(), reverted, null, null, IfMatch.ANY);
		}
		if (other.email() != null && other.accountId() != null
				&& contacts.emailTaken(other.accountId(), other.email(), null)) {
			throw new MergeNotUndoable(mergeId, "its email " + other.email() + " now belongs to another contact");
		}
	}

	private static ContactDetails giveEmailBack(Contact survivor, Contact other, Merges.Stored stored) {
		if (other.email() != null && Objects.equals(survivor.accountId(), other.accountId())
				&& other.email().equalsIgnoreCase(survivor.email())) {
			return MergeUndo.withEmail(survivor.details(), stored.survivorEmail());
		}
		return survivor.details();
	}

	private Contact get(UUID id) {
		return contacts.find(id).orElseThrow(() -> new ContactNotFound(id));
	}
}
