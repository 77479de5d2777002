package app.clientele.contacts.web;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import app.clientele.accounts.AccountClass;
import app.clientele.accounts.AccountClassManagement;
import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.Site;
import app.clientele.contacts.ContactFilter;
import app.clientele.contacts.ContactFilterKind;
import app.clientele.contacts.ContactManagement;
import app.clientele.platform.Labels;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Makes the {@link FilterChips} of a console list, with the names of what its filters name by
 * id: every account class, and the sites of the account a list belongs to (a list of all
 * contacts offers no sites to pick, only names the one chosen).
 */
@Component
class FilterChipMaker {

	private final Labels labels;
	private final MessageSource messages;
	private final AccountClassManagement classes;
	private final AccountManagement accounts;
	private final ContactManagement contacts;

	FilterChipMaker(Labels labels, MessageSource messages, AccountClassManagement classes, AccountManagement accounts,
			ContactManagement contacts) {
		this.contacts = contacts;
		this.labels = labels;
		this.messages = messages;
		this.classes = classes;
		this.accounts = accounts;
	}

	FilterChips of(ContactFilter filter, String path, @Nullable UUID accountId) {
		Map<UUID, String> classNames = classes.list().stream()
				.collect(Collectors.toMap(AccountClass::id, AccountClass::name, (a, b) -> a));
		Map<UUID, String> siteNames = accountId != null
				? accounts.allSites(accountId).stream().collect(Collectors.toMap(Site::id, Site::name, (a, b) -> a))
				: accounts.siteNames(filter.values(ContactFilterKind.SITE).stream().map(UUID::fromString)
						.collect(Collectors.toSet()));
		return FilterChips.of(filter, path, new FilterChips.Names(classNames, siteNames), labels, messages,
				contacts.customFieldRules());
	}
}
