package app.clientele.contacts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.accounts.AccountManagement;
import app.clientele.platform.Keyed;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import app.clientele.staff.SettingsManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The contacts an export takes, read as the list and search read them (the same queries, the same
 * name order) in keyset pages of {@value #PAGE}: memory holds one page and the names of the
 * accounts and sites seen lately, never the whole list, and no statement or transaction stays
 * open while a slow client reads the file.
 */
@Component
class ExportPages {

	static final int PAGE = 1000;

	/** Names kept for accounts and sites already seen; past this many the memory starts afresh. */
	static final int REMEMBERED = 50_000;

	/** Takes the contacts one by one, as they are read. */
	interface Sink {
		void write(ExportedContact contact) throws IOException;
	}

	private record AccountEntry(String name, @Nullable String number) {
	}

	private final ContactSearch search;
	private final JdbcClient jdbc;
	private final AccountManagement accounts;
	private final SettingsManagement settings;

	ExportPages(ContactSearch search, JdbcClient jdbc, AccountManagement accounts, SettingsManagement settings) {
		this.search = search;
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.settings = settings;
	}

	/** Gives every contact {@code filter} takes to {@code sink}, in name order; answers how many. */
	long forEach(ContactFilter filter, Sink sink) throws IOException {
		Map<UUID, AccountEntry> accountNames = new HashMap<>();
		Map<UUID, String> siteNames = new HashMap<>();
		long count = 0;
		String after = null;
		do {
			Page<Contact> page = Page.keyed(fetch(filter, new PageRequest(PAGE, after)), PAGE);
			List<Contact> items = page.items();
			remember(items, accountNames, siteNames);
			for (Contact contact : items) {
				sink.write(exported(contact, accountNames, siteNames));
				count++;
			}
			after = page.next();
		}
		while (after != null);
		return count;
	}

	/** One contact with its account's and sites' names. */
	ExportedContact one(Contact contact) {
		Map<UUID, AccountEntry> accountNames = new HashMap<>();
		Map<UUID, String> siteNames = new HashMap<>();
		remember(List.of(contact), accountNames, siteNames);
		return exported(contact, accountNames, siteNames);
	}

	private List<Keyed<Contact>> fetch(ContactFilter filter, PageRequest page) {
		if (filter.q() != null) {
			return search.search(filter.q(), filter, () -> settings.get().defaultPhoneRegion(), page);
		}
		return search.list(filter, page);
	}

	/** Reads the names of the page's accounts and sites not yet known: one statement each at most. */
	private void remember(List<Contact> page, Map<UUID, AccountEntry> accountNames, Map<UUID, String> siteNames) {
		if (accountNames.size() > REMEMBERED) {
			accountNames.clear();
		}
		if (siteNames.size() > REMEMBERED) {
			siteNames.clear();
		}
		Set<UUID> unknownAccounts = new HashSet<>();
		Set<UUID> unknownSites = new HashSet<>();
		for (Contact c : page) {
			if (c.accountId() != null && !accountNames.containsKey(c.accountId())) {
				unknownAccounts.add(c.accountId());
			}
			c.siteIds().stream().filter(s -> !siteNames.containsKey(s)).forEach(unknownSites::add);
		}
		if (!unknownAccounts.isEmpty()) {
			jdbc.sql("SELECT id, name, number FROM account_directory WHERE id IN (:ids)").param("ids", unknownAccounts)
					.query(rs -> {
						accountNames.put(rs.getObject("id", UUID.class), new AccountEntry(rs.getString("name"),
								rs.getString("number")));
					});
		}
		siteNames.putAll(accounts.siteNames(unknownSites));
	}

	private static ExportedContact exported(Contact contact, Map<UUID, AccountEntry> accountNames,
			Map<UUID, String> siteNames) {
		AccountEntry account = contact.accountId() == null ? null : accountNames.get(contact.accountId());
		return new ExportedContact(contact, account == null ? null : account.name(),
				account == null ? null : account.number(), sites(contact, siteNames));
	}

	private static List<String> sites(Contact contact, Map<UUID, String> siteNames) {
		List<String> names = new ArrayList<>();
		for (UUID site : contact.siteIds()) {
			String name = siteNames.get(site);
			if (name != null) {
				names.add(name);
			}
		}
		names.sort(String.CASE_INSENSITIVE_ORDER);
		return names;
	}
}
