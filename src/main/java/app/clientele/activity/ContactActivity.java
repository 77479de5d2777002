package app.clientele.activity;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.accounts.AccountManagement;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactArchived;
import app.clientele.contacts.ContactCreated;
import app.clientele.contacts.ContactMergeUndone;
import app.clientele.contacts.ContactMerged;
import app.clientele.contacts.ContactMoved;
import app.clientele.contacts.ContactRestored;
import app.clientele.contacts.ContactUpdated;
import app.clientele.contacts.ContactsCreated;
import app.clientele.contacts.PrimaryContactChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the history of contacts from their events, in the transaction of the change itself:
 * a change that rolls back leaves no entry, and no committed change lacks one.
 */
@Component
class ContactActivity {

	private final ActivityLog log;
	private final AccountManagement accounts;

	ContactActivity(ActivityLog log, AccountManagement accounts) {
		this.log = log;
		this.accounts = accounts;
	}

	@EventListener
	void on(ContactCreated event) {
		log.record(event.contact().id(), "CREATED", created(event), event.actor());
	}

	/** An import's chunk: the same entries as one {@link ContactCreated} each, in one statement. */
	@EventListener
	void on(ContactsCreated event) {
		log.recordAll(event.created().stream()
				.map(e -> new ActivityLog.NewEntry(e.contact().id(), "CREATED", created(e), e.actor())).toList());
	}

	private static Map<String, Object> created(ContactCreated event) {
		Contact c = event.contact();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("name", c.name());
		if (event.account() != null) {
			details.put("accountId", event.account().accountId().toString());
			details.put("accountName", event.account().accountName());
		}
		if (c.email() != null) {
			details.put("email", c.email());
		}
		return details;
	}

	@EventListener
	void on(ContactUpdated event) {
		List<Map<String, Object>> changes = event.changes().stream().map(change -> {
			Map<String, Object> m = new HashMap<>();
			m.put("field", change.field());
			m.put("old", change.oldValue());
			m.put("new", change.newValue());
			return m;
		}).toList();
		log.record(event.after().id(), "UPDATED", Map.of("changes", changes), event.actor());
	}

	@EventListener
	void on(ContactArchived event) {
		log.record(event.contact().id(), "ARCHIVED", Map.of(), event.actor());
	}

	@EventListener
	void on(ContactRestored event) {
		log.record(event.contact().id(), "RESTORED", Map.of(), event.actor());
	}

	@EventListener
	void on(ContactMoved event) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("fromAccountId", text(event.fromAccountId()));
		details.put("fromAccountName", event.fromAccountId() == null ? null : accountName(event.fromAccountId()));
		details.put("toAccountId", text(event.toAccountId()));
		details.put("toAccountName", event.toAccountId() == null ? null : accountName(event.toAccountId()));
		details.put("droppedSiteIds", event.droppedSiteIds().stream().map(UUID::toString).sorted().toList());
		log.record(event.contact().id(), "MOVED", details, event.actor());
	}

	/** The survivor's timeline keeps both sides' values as they were before the merge ("changes": this → other). */
	@EventListener
	void on(ContactMerged event) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("mergeId", event.mergeId().toString());
		details.put("otherId", event.other().id().toString());
		details.put("otherName", event.other().name());
		details.put("changes", event.differences().stream().map(change -> {
			Map<String, Object> m = new HashMap<>();
			m.put("field", change.field());
			m.put("old", change.oldValue());
			m.put("new", change.newValue());
			return m;
		}).toList());
		log.record(event.survivor().id(), "MERGED", details, event.actor());
	}

	@EventListener
	void on(ContactMergeUndone event) {
		Map<String, Object> details = Map.of("mergeId", event.mergeId().toString(), "otherId",
				event.restored().id().toString(), "otherName", event.restored().name());
		log.record(event.survivorId(), "MERGE_UNDONE", details, event.actor());
		log.record(event.restored().id(), "MERGE_UNDONE", details, event.actor());
	}

	@EventListener
	void on(PrimaryContactChanged event) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("reason", event.reason().name());
		details.put("previousPrimaryId", text(event.previousPrimaryId()));
		log.record(event.primaryContactId(), "BECAME_PRIMARY", details, event.actor());
		if (event.previousPrimaryId() != null && event.reason() == PrimaryContactChanged.Reason.MADE_PRIMARY) {
			log.record(event.previousPrimaryId(), "NO_LONGER_PRIMARY",
					Map.of("newPrimaryId", event.primaryContactId().toString()), event.actor());
		}
	}

	private String accountName(UUID accountId) {
		return accounts.names(Set.of(accountId)).getOrDefault(accountId, accountId.toString());
	}

	private static @Nullable String text(@Nullable UUID id) {
		return id == null ? null : id.toString();
	}
}
