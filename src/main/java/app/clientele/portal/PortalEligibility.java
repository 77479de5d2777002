package app.clientele.portal;

import java.util.Set;
import java.util.UUID;
import java.util.function.BiPredicate;

import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountPortalRules;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactIsArchived;
import app.clientele.contacts.SharedMailboxes;
import app.clientele.platform.Emails;
import app.clientele.platform.InvalidInput;
import app.clientele.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may have portal access: a saved, active contact of an active account whose class has the
 * portal on, with its own valid email that is no shared mailbox and no other login's email; and
 * which sites its scope may name.
 */
@Component
class PortalEligibility {

	private final AccountManagement accounts;
	private final PortalAccesses accesses;

	PortalEligibility(AccountManagement accounts, PortalAccesses accesses) {
		this.accounts = accounts;
		this.accesses = accesses;
	}

	/** Throws the first rule the contact breaks. */
	void check(Contact contact) {
		ProblemException problem = problem(contact);
		if (problem != null) {
			throw problem;
		}
	}

	@Nullable ProblemException problem(Contact contact) {
		return problem(contact, contact.accountId() == null ? null : accounts.portalRules(contact.accountId()));
	}

	/** The same, with the rules of the contact's account already read (null: no account). */
	@Nullable ProblemException problem(Contact contact, @Nullable AccountPortalRules rules) {
		return problem(contact, rules, accesses::loginEmailTaken);
	}

	/**
	 * The rules themselves, with the one database read (whether another login has the email)
	 * passed in, asked last and only when every other rule holds.
	 */
	static @Nullable ProblemException problem(Contact contact, @Nullable AccountPortalRules rules,
			BiPredicate<String, UUID> loginEmailTaken) {
		if (!contact.active()) {
			return new ContactIsArchived(contact.id(), contact.name());
		}
		if (rules == null) {
			return new AccountInactive();
		}
		if (!rules.accountActive()) {
			return new AccountInactive();
		}
		if (!rules.portalEnabled()) {
			return new PortalOffForClass();
		}
		if (!Emails.isValid(contact.email())) {
			return new PortalEmailMissing();
		}
		if (SharedMailboxes.isShared(contact.email())) {
			return new SharedMailboxLogin();
		}
		if (loginEmailTaken.test(contact.email(), contact.id())) {
			return new PortalEmailTaken();
		}
		return null;
	}

	/** The chosen site scope, checked: sites of the contact's account, at least one at site level (none: all sites). */
	Set<UUID> sites(Contact contact, boolean allSites, @Nullable Set<UUID> siteIds) {
		if (allSites || siteIds == null || siteIds.isEmpty()) {
			if (!allSites && (siteIds == null || siteIds.isEmpty())) {
				throw new InvalidInput("siteIds", "must name at least one site when allSites is false");
			}
			return Set.of();
		}
		Set<UUID> foreign = contact.accountId() == null ? siteIds : accounts.foreignSites(contact.accountId(), siteIds);
		if (!foreign.isEmpty()) {
			throw new InvalidInput("siteIds", "must be sites of the contact's account");
		}
		return Set.copyOf(siteIds);
	}
}
