package app.clientele.contacts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountNotFound;
import app.clientele.accounts.AccountPortalRules;
import app.clientele.fields.CustomFieldRules;
import app.clientele.platform.Actor;
import app.clientele.platform.FieldConstraints;
import app.clientele.platform.Ids;
import app.clientele.platform.ProblemException;
import app.clientele.staff.Settings;
import app.clientele.staff.SettingsManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.SingletonSupplier;

/**
 * Creates many contacts at once (an import's chunk) with the rules of
 * {@link ContactManagement#create}, row by row in order, and the database work in a few
 * statements: company first, the field rules ({@link ContactRules}), sites of the account, the
 * duplicate rules (the same evidence and scores, found for every row in one statement by
 * {@link DuplicateBatchFinder}, plus the rows of the batch accepted before), the same email in the
 * same account refused, the accounts locked, the primary-contact rule, the onboarding steps and
 * the history (one {@link ContactsCreated}). A row that breaks a rule gets the refusal a single
 * create would have thrown; the others are created. Portal sections are not taken here.
 */
@Service
public class ContactBatch {

	private final DuplicateBatchFinder finder;
	private final ContactBatchWrites writes;
	private final ContactLifecycle primaries;
	private final AccountManagement accounts;
	private final SettingsManagement settings;
	private final FieldConstraints constraints;
	private final ApplicationEventPublisher events;
	private final SingletonSupplier<List<ContactOnboardingStep>> onboarding;
	private final ContactManagement single;

	ContactBatch(DuplicateBatchFinder finder, ContactBatchWrites writes, ContactLifecycle primaries,
			AccountManagement accounts, SettingsManagement settings, FieldConstraints constraints,
			ApplicationEventPublisher events, ObjectProvider<ContactOnboardingStep> onboarding, ContactManagement single) {
		this.finder = finder;
		this.writes = writes;
		this.primaries = primaries;
		this.accounts = accounts;
		this.settings = settings;
		this.constraints = constraints;
		this.events = events;
		this.onboarding = SingletonSupplier.of(() -> onboarding.orderedStream().toList());
		this.single = single;
	}

	/** One contact to create under an account (null only with company first off). */
	public record Row(@Nullable UUID accountId, NewContact request) {
	}

	/** The contact created (its stored version), or the refusal a single create would have given. */
	public record Result(@Nullable Contact created, @Nullable ProblemException refused) {
	}

	@Transactional
	public List<Result> createAll(List<Row> rows) {
		return createAll(rows, true);
	}

	/**
	 * With {@code write} false, a check only (an import's dry run): every rule is applied and the
	 * results are what creating would give, but nothing is written and no contact has an id on
	 * record (the rows of the batch still count as duplicates of one another).
	 */
	@Transactional
	public List<Result> createAll(List<Row> rows, boolean write) {
		if (rows.stream().anyMatch(r -> r.request().portal() != null)) {
			throw new IllegalArgumentException("A batch creates no portal access; create such a contact alone");
		}
		Settings current = settings.get();
		Set<UUID> accountIds = new HashSet<>();
		rows.forEach(r -> {
			if (r.accountId() != null) {
				accountIds.add(r.accountId());
			}
		});
		Map<UUID, AccountPortalRules> rules = accountIds.isEmpty() ? Map.of() : accounts.portalRules(accountIds);
		CustomFieldRules custom = single.customFieldRules();
		List<Checked> checked = rows.stream().map(r -> check(r, current, rules, custom)).toList();
		List<Result> results = decide(checked, rules);
		if (write) {
			write(checked, results, rules);
		}
		return results;
	}

	/** A row with its fields normalised, or why it cannot be created. */
	private record Checked(Row row, ContactRules.@Nullable Normalised normalised, @Nullable ProblemException refused) {
	}

	private Checked check(Row row, Settings current, Map<UUID, AccountPortalRules> rules, CustomFieldRules custom) {
		try {
			if (row.accountId() == null && current.companyFirst()) {
				throw new AccountRequired();
			}
			if (row.accountId() != null && !rules.containsKey(row.accountId())) {
				throw new AccountNotFound(row.accountId());
			}
			ContactDetails d = row.request().details();
			ContactRules.Normalised n = ContactRules.check(d, current.defaultPhoneRegion(), constraints, custom, Map.of(),
					true);
			single.checkSites(row.accountId(), d.siteIds());
			return new Checked(row, n, null);
		}
		catch (ProblemException e) {
			return new Checked(row, null, e);
		}
	}

	/** Each row in order: refused by the duplicate rules, or accepted (built, not yet written). */
	private List<Result> decide(List<Checked> checked, Map<UUID, AccountPortalRules> rules) {
		List<DuplicateFinder.Probe> probes = new ArrayList<>();
		for (Checked c : checked) {
			ContactRules.Normalised n = c.normalised();
			probes.add(n == null ? new DuplicateFinder.Probe(null, null, null, null, List.of(), null)
					: new DuplicateFinder.Probe(c.row().accountId(), n.firstName(), n.lastName(), n.email(),
							n.phones().stream().map(Phone::e164).toList(), null));
		}
		List<Map<UUID, DuplicateFinder.Evidence>> evidence = finder.evidence(probes);
		Set<Integer> taken = emailsTaken(checked);
		Map<UUID, String> names = new LinkedHashMap<>();
		rules.forEach((id, r) -> names.put(id, r.accountName()));
		BatchDuplicates batch = new BatchDuplicates(names);
		Instant now = Instant.now();
		List<Result> results = new ArrayList<>(checked.size());
		for (int i = 0; i < checked.size(); i++) {
			Checked c = checked.get(i);
			if (c.refused() != null) {
				results.add(new Result(null, c.refused()));
				continue;
			}
			batch.addEvidence(c.row().accountId(), c.normalised(), evidence.get(i));
			List<DuplicateCandidate> candidates = DuplicateFinder.describe(evidence.get(i));
			boolean emailTaken = taken.contains(i) || (c.normalised().email() != null
					&& candidates.stream().anyMatch(d -> d.sameAccount() && d.reasons().contains("SAME_EMAIL")));
			DuplicateContact refusal = DuplicateContact.refusal(candidates, emailTaken,
					c.row().request().confirmNotDuplicate());
			if (refusal != null) {
				results.add(new Result(null, refusal));
				continue;
			}
			NewContact request = c.row().request();
			Contact contact = ContactRules.build(Ids.newId(), c.row().accountId(), c.normalised(),
					request.details(), false, request.active() ? null : now, now, now, now, 0);
			batch.accepted(contact);
			results.add(new Result(contact, null));
		}
		return results;
	}

	/** The rows, by index, whose email a contact of their account has already. */
	private Set<Integer> emailsTaken(List<Checked> checked) {
		List<Integer> index = new ArrayList<>();
		List<UUID> accounts = new ArrayList<>();
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < checked.size(); i++) {
			Checked c = checked.get(i);
			if (c.normalised() != null && c.normalised().email() != null && c.row().accountId() != null) {
				index.add(i);
				accounts.add(c.row().accountId());
				emails.add(c.normalised().email());
			}
		}
		return writes.emailsTaken(index, accounts, emails);
	}

	private void write(List<Checked> checked, List<Result> results, Map<UUID, AccountPortalRules> rules) {
		List<Contact> created = new ArrayList<>();
		List<ContactCreated> facts = new ArrayList<>();
		Actor actor = Actor.current();
		for (Result r : results) {
			if (r.created() != null) {
				created.add(r.created());
				facts.add(new ContactCreated(r.created(), account(r.created(), rules), actor));
			}
		}
		if (created.isEmpty()) {
			return;
		}
		writes.lockAccounts(created.stream().map(Contact::accountId).filter(java.util.Objects::nonNull).toList());
		writes.insert(created);
		events.publishEvent(new ContactsCreated(facts));
		for (int i = 0; i < results.size(); i++) {
			Contact c = results.get(i).created();
			NewContact request = checked.get(i).row().request();
			if (c != null && (request.sendWelcomeEmail() || request.automaticInvitation())) {
				ContactOnboarding asked = new ContactOnboarding(c, account(c, rules), request.sendWelcomeEmail(), null,
						request.automaticInvitation(), actor);
				onboarding.obtain().forEach(step -> step.onboard(asked));
			}
		}
		primaries(created, checked, results, actor);
		Map<UUID, Long> versions = writes.versions(created.stream().map(Contact::id).toList());
		results.replaceAll(r -> r.created() == null ? r : new Result(withVersion(r.created(),
				versions.get(r.created().id())), null));
	}

	/** The first active contact of an account without a primary becomes it; a row that asks for it takes it. */
	private void primaries(List<Contact> created, List<Checked> checked, List<Result> results, Actor actor) {
		Set<UUID> joined = new HashSet<>();
		created.stream().filter(c -> c.accountId() != null && c.active()).forEach(c -> joined.add(c.accountId()));
		Set<UUID> withPrimary = new HashSet<>(writes.withPrimary(joined));
		for (int i = 0; i < results.size(); i++) {
			Contact c = results.get(i).created();
			if (c == null || c.accountId() == null || !c.active()) {
				continue;
			}
			boolean asked = checked.get(i).row().request().primary();
			if (asked || withPrimary.add(c.accountId())) {
				primaries.afterJoining(c, asked, actor);
			}
		}
	}

	private static @Nullable AccountPortalRules account(Contact c, Map<UUID, AccountPortalRules> rules) {
		return c.accountId() == null ? null : rules.get(c.accountId());
	}

	private static Contact withVersion(Contact c, @Nullable Long version) {
		return new Contact(c.id(), c.accountId(), c.firstName(), c.middleName(), c.lastName(), c.jobTitle(),
				c.businessRoles(), c.stage(), c.email(), c.phones(), c.birthday(), c.notes(), c.preferredChannel(),
				c.doNotEmail(), c.doNotCall(), c.mobileOptOut(), c.marketingOptIn(), c.primary(), c.billingContact(),
				c.siteIds(), c.tags(), c.archivedAt(), c.accountSince(), version == null ? c.version() : version,
				c.createdAt(), c.updatedAt(), c.secondEmail(), c.secondEmailLabel(), c.addresses());
	}
}
