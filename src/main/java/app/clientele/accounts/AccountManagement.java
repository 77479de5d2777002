package app.clientele.accounts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import app.clientele.platform.FieldConstraints;
import app.clientele.platform.FieldProblem;
import app.clientele.platform.Ids;
import app.clientele.platform.IfMatch;
import app.clientele.platform.Keyed;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import app.clientele.platform.PostalAddresses;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and their sites: the customer side of every contact. */
@Service
public class AccountManagement {

	static final int MAX_NAME = 200;

	private final Accounts accounts;
	private final Sites sites;
	private final AccountClasses classes;
	private final AccountSearch search;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final FieldConstraints constraints;

	AccountManagement(Accounts accounts, Sites sites, AccountClasses classes, AccountSearch search, JdbcClient jdbc,
			ApplicationEventPublisher events, FieldConstraints constraints) {
		this.accounts = accounts;
		this.sites = sites;
		this.classes = classes;
		this.search = search;
		this.jdbc = jdbc;
		this.events = events;
		this.constraints = constraints;
	}

	@Transactional
	public Account create(AccountDetails details) {
		validate(details, null);
		Instant now = Instant.now();
		Account account = new Account(Ids.newId(), "", null, null, AccountStatus.ACTIVE, null, now, now);
		account.change(details);
		try {
			account = accounts.save(account);
		}
		catch (DuplicateKeyException e) {
			throw new AccountNumberTaken(String.valueOf(details.number()));
		}
		events.publishEvent(new AccountCreated(account.id(), account.name()));
		return account;
	}

	@Transactional(readOnly = true)
	public Account get(UUID id) {
		return accounts.findById(id).orElseThrow(() -> new AccountNotFound(id));
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(UUID id) {
		return accounts.findById(id);
	}

	@Transactional
	public Account update(UUID id, AccountDetails details, IfMatch ifMatch) {
		Account account = get(id);
		ifMatch.check("Account " + id, account.version());
		validate(details, id);
		AccountStatus before = account.status();
		account.change(details);
		try {
			account = accounts.save(account);
		}
		catch (DuplicateKeyException e) {
			throw new AccountNumberTaken(String.valueOf(details.number()));
		}
		events.publishEvent(new AccountChanged(account.id(), account.name(), before, account.status()));
		return account;
	}

	@Transactional(readOnly = true)
	public Page<AccountSummary> search(@Nullable String q, PageRequest page) {
		return Page.keyed(search.search(q, page), page.limit());
	}

	@Transactional(readOnly = true)
	public long count() {
		return search.count();
	}

	/** The account with this customer account number, in any letter case. */
	@Transactional(readOnly = true)
	public Optional<UUID> idOfNumber(String number) {
		return jdbc.sql("SELECT id FROM account WHERE lower(number) = lower(:number) AND number IS NOT NULL")
				.param("number", number.strip()).query(UUID.class).optional();
	}

	/**
	 * The accounts named exactly this, in any letter case; at most two, enough to tell "none",
	 * "this one" and "several" apart (account names are not unique, numbers are).
	 */
	@Transactional(readOnly = true)
	public List<UUID> idsNamed(String name) {
		return jdbc.sql("SELECT id FROM account WHERE lower(name) = lower(:name) ORDER BY id LIMIT 2")
				.param("name", name.strip()).query(UUID.class).list();
	}

	/** {@link #idOfNumber} of many numbers in one statement: the id of each number found, by the number as given. */
	@Transactional(readOnly = true)
	public java.util.Map<String, UUID> idsOfNumbers(Set<String> numbers) {
		return jdbc.sql("""
				SELECT v.given, a.id FROM unnest(CAST(:numbers AS text[])) AS v(given)
				JOIN account a ON lower(a.number) = lower(btrim(v.given)) AND a.number IS NOT NULL
				""").param("numbers", numbers.toArray(String[]::new))
				.query((rs, n) -> java.util.Map.entry(rs.getString("given"), rs.getObject("id", UUID.class))).list()
				.stream().collect(Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue, (x, y) -> x));
	}

	/** {@link #idsNamed} of many names in one statement: up to two ids per name found, by the name as given. */
	@Transactional(readOnly = true)
	public java.util.Map<String, List<UUID>> idsNamed(Set<String> names) {
		return jdbc.sql("""
				SELECT v.given, x.id FROM unnest(CAST(:names AS text[])) AS v(given)
				CROSS JOIN LATERAL (SELECT id FROM account WHERE lower(name) = lower(btrim(v.given)) ORDER BY id LIMIT 2) x
				""").param("names", names.toArray(String[]::new))
				.query((rs, n) -> java.util.Map.entry(rs.getString("given"), rs.getObject("id", UUID.class))).list()
				.stream().collect(Collectors.groupingBy(java.util.Map.Entry::getKey,
						Collectors.mapping(java.util.Map.Entry::getValue, Collectors.toList())));
	}

	/** Names of the given accounts, for lists that show them beside other records. */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, String> names(Set<UUID> ids) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		return jdbc.sql("SELECT id, name FROM account WHERE id IN (:ids)").param("ids", ids)
				.query((rs, n) -> java.util.Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
				.list().stream().collect(Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
	}

	/** Names of the given sites, for files that name a record's sites (a contact export). */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, String> siteNames(Set<UUID> ids) {
		if (ids.isEmpty()) {
			return java.util.Map.of();
		}
		return jdbc.sql("SELECT id, name FROM site WHERE id IN (:ids)").param("ids", ids)
				.query((rs, n) -> java.util.Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
				.list().stream().collect(Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
	}

	/**
	 * One statement, account and class together, and no repository: every contact created reads
	 * these rules, and reading them through the Spring Data repositories (account, then class) took
	 * a fifth of the app's CPU samples inside a create (issue 9, JFR of the benchmark's creates).
	 */
	public AccountPortalRules portalRules(UUID accountId) {
		return jdbc.sql(PORTAL_RULES + " WHERE a.id = ?").param(accountId).query(AccountPortalRules::of)
				.optional().orElseThrow(() -> new AccountNotFound(accountId));
	}

	/** {@link #portalRules(UUID)} of many accounts in one statement; unknown accounts are left out. */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, AccountPortalRules> portalRules(Set<UUID> accountIds) {
		return jdbc.sql(PORTAL_RULES + " WHERE a.id = ANY(CAST(:ids AS uuid[]))")
				.param("ids", accountIds.toArray(UUID[]::new)).query(AccountPortalRules::of).list().stream()
				.collect(Collectors.toMap(AccountPortalRules::accountId, r -> r));
	}

	private static final String PORTAL_RULES = """
			SELECT a.id, a.name, a.status, c.id AS class_id, c.portal_enabled, c.auto_send_portal_invite,
			       c.allow_invoice_verified_self_registration
			FROM account a LEFT JOIN account_class c ON c.id = a.account_class_id""";


	// Sites

	@Transactional
	public Site addSite(UUID accountId, SiteDetails details) {
		get(accountId);
		constraints.valid(details);
		Instant now = Instant.now();
		Site site = new Site(Ids.newId(), accountId, "", null, null, now, now);
		site.change(details);
		return sites.save(site);
	}

	@Transactional(readOnly = true)
	public Site site(AccountId accountId, SiteId siteId) {
		return sites.findById(siteId.value()).filter(s -> s.accountId().equals(accountId.value()))
				.orElseThrow(() -> new SiteNotFound(siteId.value()));
	}

	@Transactional
	public Site updateSite(AccountId accountId, SiteId siteId, SiteDetails details, IfMatch ifMatch) {
		Site site = site(accountId, siteId);
		ifMatch.check("Site " + siteId, site.version());
		constraints.valid(details);
		site.change(details);
		return sites.save(site);
	}

	@Transactional(readOnly = true)
	public Page<Site> sites(UUID accountId, PageRequest page) {
		get(accountId);
		return Page.keyed(search.sites(accountId, page), page.limit());
	}

	/** Every site of an account (accounts have a handful, not thousands). */
	@Transactional(readOnly = true)
	public List<Site> allSites(UUID accountId) {
		return search.sites(accountId, new PageRequest(10_000, null)).stream().map(Keyed::item).toList();
	}

	/** The ids among {@code siteIds} that are not sites of the account. */
	@Transactional(readOnly = true)
	public Set<UUID> foreignSites(UUID accountId, Set<UUID> siteIds) {
		if (siteIds.isEmpty()) {
			return Set.of();
		}
		Set<UUID> own = Set.copyOf(jdbc.sql("SELECT id FROM site WHERE account_id = :account AND id IN (:ids)")
				.param("account", accountId).param("ids", siteIds).query(UUID.class).list());
		return siteIds.stream().filter(id -> !own.contains(id)).collect(Collectors.toSet());
	}

	private void validate(AccountDetails details, @Nullable UUID self) {
		List<FieldProblem> errors = new ArrayList<>();
		if (details.accountClassId() != null && !classes.existsById(details.accountClassId())) {
			errors.add(new FieldProblem("accountClassId", "is not an account class"));
		}
		errors.addAll(PostalAddresses.problems("billingAddress", details.billingAddress()));
		constraints.valid(details, errors);
		if (details.number() != null && !details.number().isBlank() && search.numberTaken(details.number().strip(), self)) {
			throw new AccountNumberTaken(details.number().strip());
		}
	}
}
