package app.clientele.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.clientele.accounts.AccountManagement;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactBatch;
import app.clientele.contacts.ContactColumns;
import app.clientele.contacts.ContactDetails;
import app.clientele.contacts.ContactManagement;
import app.clientele.contacts.DuplicateCandidate;
import app.clientele.contacts.DuplicateContact;
import app.clientele.contacts.Emailability;
import app.clientele.contacts.NewContact;
import app.clientele.platform.FieldProblem;
import app.clientele.platform.IfMatch;
import app.clientele.platform.ProblemException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one row through the contacts module's own create (and update, for a duplicate under
 * {@link DuplicatePolicy#UPDATE}), in a savepoint of the chunk's transaction: a row that breaks a
 * rule is rolled back whole and reported with every problem, by column; the rows before and after
 * it are not touched. Accounts and sites come from {@link AccountResolver}.
 */
@Component
class RowImporter {

	/** Duplicates below this score are not the same person for an update (the create's "likely"). */
	static final double LIKELY = 0.6;
	/** What a create's outcome keeps: the version the import left, which the undo expects to find. */
	static final String VERSION = "version";

	private final ContactManagement contacts;
	private final AccountManagement accounts;
	private final TransactionTemplate savepoint;

	RowImporter(ContactManagement contacts, AccountManagement accounts, PlatformTransactionManager transactions) {
		this.contacts = contacts;
		this.accounts = accounts;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	AccountResolver resolver(ImportOptions options) {
		return new AccountResolver(accounts, options.createMissingAccounts());
	}

	RowOutcome importRow(ImportRow row, ImportOptions options, AccountResolver resolver) {
		if (!row.problems().isEmpty()) {
			return RowOutcome.failed(row.rowNo(), row.problems(), List.of());
		}
		resolver.rowStarted();
		try {
			return savepoint.execute(s -> create(row, options, resolver));
		}
		catch (DuplicateContact duplicate) {
			resolver.rowFailed();
			return duplicate(row, options, resolver, duplicate);
		}
		catch (ProblemException e) {
			resolver.rowFailed();
			return RowOutcome.failed(row.rowNo(), problems(row, e), List.of());
		}
		catch (DataIntegrityViolationException e) {
			resolver.rowFailed();
			return RowOutcome.failed(row.rowNo(), List.of(new FieldProblem("row",
					"could not be saved: it breaks a rule of the stored data")), List.of());
		}
	}

	private RowOutcome create(ImportRow row, ImportOptions options, AccountResolver resolver) {
		UUID accountId = resolver.account(row);
		Set<UUID> sites = resolver.sites(accountId, row.siteNames());
		ContactDetails details = withSites(row.details(), sites);
		Contact created = contacts.create(accountId, new NewContact(details, true, false,
				options.sendWelcomeEmails(), null, options.onDuplicate() == DuplicatePolicy.CREATE,
				options.sendWelcomeEmails()));
		boolean welcome = welcomes(options) && created.emailability(Emailability.Purpose.TRANSACTIONAL).allowed();
		return new RowOutcome(row.rowNo(), RowOutcome.Kind.CREATED, created.id(), List.of(), List.of(), null,
				Map.of(VERSION, created.version()), welcome);
	}

	/** Welcome emails counted: those that go (turned on), or in a dry run those that would if turned on. */
	private static boolean welcomes(ImportOptions options) {
		return options.dryRun() || options.sendWelcomeEmails();
	}

	/** What a batch create said about a row: created, a duplicate (the policy decides), or refused. */
	RowOutcome fromBatch(ImportRow row, ContactBatch.Result result, ImportOptions options, AccountResolver resolver) {
		Contact created = result.created();
		if (created != null) {
			return new RowOutcome(row.rowNo(), RowOutcome.Kind.CREATED, created.id(), List.of(), List.of(), null,
					Map.of(VERSION, created.version()),
					welcomes(options) && created.emailability(Emailability.Purpose.TRANSACTIONAL).allowed());
		}
		if (result.refused() instanceof DuplicateContact duplicate) {
			return duplicate(row, options, resolver, duplicate);
		}
		return RowOutcome.failed(row.rowNo(), problems(row, java.util.Objects.requireNonNull(result.refused())), List.of());
	}

	/** The row ready for a batch create: its account and sites found (never created), or a problem. */
	ContactBatch.Row batchRow(ImportRow row, ImportOptions options, AccountResolver resolver) {
		UUID accountId = resolver.account(row);
		return new ContactBatch.Row(accountId, new NewContact(withSites(row.details(), resolver.sites(accountId,
				row.siteNames())), true, false, options.sendWelcomeEmails(), null,
				options.onDuplicate() == DuplicatePolicy.CREATE, options.sendWelcomeEmails()));
	}

	static RowOutcome failed(ImportRow row, ProblemException e) {
		return RowOutcome.failed(row.rowNo(), problems(row, e), List.of());
	}

	private RowOutcome duplicate(ImportRow row, ImportOptions options, AccountResolver resolver,
			DuplicateContact duplicate) {
		List<RowOutcome.Duplicate> found = duplicate.candidates().stream()
				.map(c -> new RowOutcome.Duplicate(c.contactId(), c.reasons())).toList();
		Optional<DuplicateCandidate> target = duplicate.candidates().stream()
				.filter(c -> c.sameAccount() && c.score() >= LIKELY).findFirst();
		if (options.onDuplicate() == DuplicatePolicy.UPDATE && target.isPresent()) {
			resolver.rowStarted();
			try {
				return savepoint.execute(s -> update(row, options, resolver, target.get().contactId(), found));
			}
			catch (ProblemException e) {
				resolver.rowFailed();
				return RowOutcome.failed(row.rowNo(), problems(row, e), found);
			}
		}
		if (!duplicate.confirmable() && options.onDuplicate() == DuplicatePolicy.CREATE) {
			return RowOutcome.failed(row.rowNo(), List.of(new FieldProblem(ContactColumns.EMAIL,
					"belongs to a contact of this account already (one email, one person)")), found);
		}
		return new RowOutcome(row.rowNo(), RowOutcome.Kind.SKIPPED, target.map(DuplicateCandidate::contactId)
				.orElse(null), List.of(), found, null, null, false);
	}

	private RowOutcome update(ImportRow row, ImportOptions options, AccountResolver resolver, UUID id,
			List<RowOutcome.Duplicate> found) {
		Contact on = contacts.get(id);
		Set<UUID> sites = resolver.sites(on.accountId(), row.siteNames());
		ContactDetails merged = ImportMerge.merge(on.details(), row, sites, options.updateMode());
		Contact after = contacts.update(id, merged, null, null, IfMatch.version(on.version()));
		Map<String, @Nullable Object> was = DetailsSnapshot.of(on.details());
		Map<String, @Nullable Object> is = DetailsSnapshot.of(after.details());
		return new RowOutcome(row.rowNo(), RowOutcome.Kind.UPDATED, id, List.of(), found,
				DetailsSnapshot.changed(was, is), DetailsSnapshot.changed(is, was), false);
	}

	private static ContactDetails withSites(ContactDetails d, Set<UUID> sites) {
		return new ContactDetails(d.firstName(), d.middleName(), d.lastName(), d.jobTitle(), d.businessRoles(),
				d.stage(), d.email(), d.phones(), d.birthday(), d.notes(), d.preferredChannel(), d.doNotEmail(),
				d.doNotCall(), d.mobileOptOut(), d.marketingOptIn(), d.billingContact(), sites, d.tags(), d.secondEmail(),
				d.secondEmailLabel(), d.addresses()).withCustomFields(d.customFields());
	}

	/** The refusal's problems, each named by the row's column; a refusal without fields by its detail. */
	private static List<FieldProblem> problems(ImportRow row, ProblemException e) {
		if (e.errors().isEmpty()) {
			return List.of(new FieldProblem("row", e.detail()));
		}
		return e.errors().stream().map(p -> new FieldProblem(row.column(p.field()), p.message())).toList();
	}
}
