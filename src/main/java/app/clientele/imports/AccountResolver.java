package app.clientele.imports;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import app.clientele.accounts.AccountDetails;
import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountStatus;
import app.clientele.accounts.Site;
import app.clientele.contacts.ContactColumns;
import app.clientele.platform.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * Finds a row's account (by number first, else by name) and its sites by name, creating a missing
 * account when the import says so. Answers are remembered for one chunk: a file lists the same
 * accounts over and over, and a chunk is one transaction (an account a dry run creates is rolled
 * back with its chunk, so nothing is remembered longer).
 */
final class AccountResolver {

	private final AccountManagement accounts;
	private final boolean createMissing;
	private final Map<String, Optional<UUID>> byNumber = new HashMap<>();
	private final Map<String, List<UUID>> byName = new HashMap<>();
	private final Map<UUID, List<Site>> sites = new HashMap<>();
	/** The accounts the current row created: rolled back with the row if it fails. */
	private final List<String[]> createdByRow = new java.util.ArrayList<>();

	AccountResolver(AccountManagement accounts, boolean createMissing) {
		this.accounts = accounts;
		this.createMissing = createMissing;
	}

	/** The row's account, null when the row names none; {@link InvalidInput} naming the column otherwise. */
	@Nullable UUID account(ImportRow row) {
		String number = row.accountNumber();
		String name = row.accountName();
		if (number != null) {
			Optional<UUID> found = byNumber.computeIfAbsent(number.toLowerCase(Locale.ROOT),
					k -> accounts.idOfNumber(number));
			if (found.isPresent()) {
				return found.get();
			}
			if (createMissing && name != null) {
				return create(name, number);
			}
			throw new InvalidInput(ContactColumns.ACCOUNT_NUMBER, "no account has the number " + number
					+ (createMissing ? " (give the account's name too to create it)" : ""));
		}
		if (name == null) {
			return null;
		}
		List<UUID> named = byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> accounts.idsNamed(name));
		if (named.size() > 1) {
			throw new InvalidInput(ContactColumns.ACCOUNT_NAME, "several accounts are named " + name
					+ "; give the account number to say which");
		}
		if (named.isEmpty() && !createMissing) {
			throw new InvalidInput(ContactColumns.ACCOUNT_NAME, "no account is named " + name
					+ " (turn on creating missing accounts to create it)");
		}
		return named.isEmpty() ? create(name, null) : named.getFirst();
	}

	/** Looks up the accounts of all these rows at once (two statements), before they are resolved one by one. */
	void prefetch(List<ImportRow> rows) {
		Map<String, String> numbers = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		for (ImportRow row : rows) {
			String number = row.accountNumber();
			String name = row.accountName();
			if (number != null && !byNumber.containsKey(number.toLowerCase(Locale.ROOT))) {
				numbers.put(number, number.toLowerCase(Locale.ROOT));
			}
			else if (number == null && name != null && !byName.containsKey(name.toLowerCase(Locale.ROOT))) {
				names.put(name, name.toLowerCase(Locale.ROOT));
			}
		}
		if (!numbers.isEmpty()) {
			Map<String, UUID> found = accounts.idsOfNumbers(numbers.keySet());
			numbers.forEach((given, key) -> byNumber.merge(key, Optional.ofNullable(found.get(given)),
					(a, b) -> a.isPresent() ? a : b));
		}
		if (!names.isEmpty()) {
			Map<String, List<UUID>> found = accounts.idsNamed(names.keySet());
			names.forEach((given, key) -> byName.merge(key, found.getOrDefault(given, List.of()),
					(a, b) -> a.size() >= b.size() ? a : b));
		}
	}

	/** Whether the row's account is missing and would be created (such a row is imported on its own). */
	boolean creates(ImportRow row) {
		if (!createMissing) {
			return false;
		}
		String number = row.accountNumber();
		String name = row.accountName();
		if (number != null) {
			return name != null && byNumber.computeIfAbsent(number.toLowerCase(Locale.ROOT),
					k -> accounts.idOfNumber(number)).isEmpty();
		}
		return name != null && byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> accounts.idsNamed(name))
				.isEmpty();
	}

	private UUID create(String name, @Nullable String number) {
		UUID id = accounts.create(new AccountDetails(name, number, null, AccountStatus.ACTIVE)).id();
		if (number != null) {
			byNumber.put(number.toLowerCase(Locale.ROOT), Optional.of(id));
		}
		byName.put(name.toLowerCase(Locale.ROOT), List.of(id));
		createdByRow.add(new String[] { number == null ? null : number.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT) });
		return id;
	}

	/** The ids of the sites the row names, each a site of the account. */
	Set<UUID> sites(@Nullable UUID accountId, List<String> names) {
		if (names.isEmpty()) {
			return Set.of();
		}
		if (accountId == null) {
			throw new InvalidInput(ContactColumns.SITE_NAME, "needs the row's account (a site belongs to an account)");
		}
		List<Site> known = sites.computeIfAbsent(accountId, accounts::allSites);
		Set<UUID> ids = new HashSet<>();
		for (String name : names) {
			ids.add(known.stream().filter(s -> s.name().equalsIgnoreCase(name)).map(Site::id).findFirst()
					.orElseThrow(() -> new InvalidInput(ContactColumns.SITE_NAME, "the account has no site named " + name)));
		}
		return ids;
	}

	void rowStarted() {
		createdByRow.clear();
	}

	/** Forgets the accounts the row created: its savepoint was rolled back. */
	void rowFailed() {
		for (String[] keys : createdByRow) {
			if (keys[0] != null) {
				byNumber.remove(keys[0]);
			}
			byName.remove(keys[1]);
		}
		createdByRow.clear();
	}
}
