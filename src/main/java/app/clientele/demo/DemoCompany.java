package app.clientele.demo;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.clientele.accounts.Account;
import app.clientele.accounts.AccountClass;
import app.clientele.accounts.AccountClassDetails;
import app.clientele.accounts.AccountClassManagement;
import app.clientele.accounts.AccountDetails;
import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountStatus;
import app.clientele.accounts.Site;
import app.clientele.accounts.SiteDetails;
import app.clientele.contacts.Contact;
import app.clientele.documents.DocumentManagement;
import app.clientele.documents.DocumentType;
import app.clientele.documents.NewDocument;
import app.clientele.marketing.Campaigns;
import app.clientele.marketing.MarketingList;
import app.clientele.marketing.MarketingLists;
import app.clientele.platform.IfMatch;
import app.clientele.portal.LoginRequests;
import app.clientele.portal.PortalManagement;
import app.clientele.portal.PortalSettings;
import app.clientele.staff.PortalPermission;
import app.clientele.staff.Settings;
import app.clientele.staff.SettingsManagement;
import org.springframework.stereotype.Component;

/**
 * A small wholesaler's customers: two account classes, three accounts with sites, their people
 * in every portal status but EXPIRED (that one needs an invitation older than its lifetime), one
 * document of every type, a newsletter list with a draft campaign, a waiting login request and
 * one portal user who has chosen a password.
 */
@Component
class DemoCompany {

	/** The portal user's sign-in, logged once. */
	record PortalLogin(String email, String password) {
	}

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final AccountClassManagement classes;
	private final AccountManagement accounts;
	private final DemoPeople people;
	private final PortalManagement portal;
	private final DocumentManagement documents;
	private final MarketingLists lists;
	private final Campaigns campaigns;
	private final LoginRequests loginRequests;
	private final SettingsManagement settings;

	DemoCompany(AccountClassManagement classes, AccountManagement accounts, DemoPeople people, PortalManagement portal,
			DocumentManagement documents, MarketingLists lists, Campaigns campaigns, LoginRequests loginRequests,
			SettingsManagement settings) {
		this.classes = classes;
		this.accounts = accounts;
		this.people = people;
		this.portal = portal;
		this.documents = documents;
		this.lists = lists;
		this.campaigns = campaigns;
		this.loginRequests = loginRequests;
		this.settings = settings;
	}

	PortalLogin build() {
		openLoginRequests();
		AccountClass keyAccounts = classes.create(new AccountClassDetails("Key accounts", true, false, true));
		AccountClass walkIn = classes.create(new AccountClassDetails("Walk-in trade", false, false, false));
		Account harbour = account("Harbour Street Bakery", "C-1001", keyAccounts);
		Site harbourShop = accounts.addSite(harbour.id(), new SiteDetails("Harbour Street shop", "12 Harbour Street"));
		Site harbourKitchen = accounts.addSite(harbour.id(), new SiteDetails("Central kitchen", "3 Mill Lane"));
		Account fenwick = account("Fenwick & Sons Hotels", "C-1002", keyAccounts);
		Site fenwickPark = accounts.addSite(fenwick.id(), new SiteDetails("Parkside Hotel", "1 Park Road"));
		Account corner = account("Corner Café", "C-1003", walkIn);
		accounts.addSite(corner.id(), new SiteDetails("Café", "40 Market Square"));

		Contact active = people.add(harbour, "Maria", "Santos", "Owner", true, Set.of());
		Contact notInvited = people.add(harbour, "Tom", "Okafor", "Head baker", false, Set.of(harbourKitchen.id()));
		Contact invited = people.add(harbour, "Lena", "Fischer", "Accounts", true, Set.of(harbourShop.id()));
		Contact revoked = people.add(fenwick, "Arjun", "Mehta", "Purchasing manager", true, Set.of(fenwickPark.id()));
		Contact fenwickOwner = people.add(fenwick, "Claire", "Fenwick", "Managing director", true, Set.of());
		people.add(corner, "Sam", "Novak", "Owner", true, Set.of());

		portal.update(notInvited.id(), new PortalSettings(true, Set.of(PortalPermission.SUPPORT), false,
				Set.of(harbourKitchen.id())), IfMatch.ANY);
		portal.invite(invited.id());
		portal.invite(revoked.id());
		portal.revoke(revoked.id());
		PortalLogin login = new PortalLogin(active.email(), password());
		people.activate(active, login.password());

		documentsOfEveryType(harbour, harbourShop, fenwick);
		MarketingList newsletter = lists.create("Monthly newsletter");
		lists.addMembers(newsletter.id(), List.of(active.id(), invited.id(), fenwickOwner.id()));
		campaigns.create("Spring price list", newsletter.id(), "Our spring prices are here",
				"Hello {{firstName}},\n\nour spring price list is ready: fresh flour, new packaging, same delivery days.\n");
		loginRequests.submit("Priya Raman", "priya.raman@example.org", "Raman Deli", "We would like to see our invoices online.",
				"127.0.0.1");
		return login;
	}

	private Account account(String name, String number, AccountClass accountClass) {
		return accounts.create(new AccountDetails(name, number, accountClass.id(), AccountStatus.ACTIVE));
	}

	private void documentsOfEveryType(Account harbour, Site harbourShop, Account fenwick) {
		LocalDate today = LocalDate.now();
		int n = 0;
		List<UUID> owners = new ArrayList<>(List.of(harbour.id(), fenwick.id()));
		for (DocumentType type : DocumentType.values()) {
			n++;
			UUID account = owners.get(n % owners.size());
			boolean money = type == DocumentType.INVOICE || type == DocumentType.CREDIT_NOTE || type == DocumentType.ESTIMATE
					|| type == DocumentType.PROPOSAL;
			documents.create(account, new NewDocument(type, type.name().substring(0, 3) + "-" + (2000 + n),
					title(type), money ? new BigDecimal(180 * n + ".50") : null, money ? "EUR" : null,
					today.plusDays(14L * n), type == DocumentType.INVOICE ? "UNPAID" : "OPEN",
					account.equals(harbour.id()) ? harbourShop.id() : null,
					type == DocumentType.INVOICE ? "PAY" + (4000 + n) : null));
		}
	}

	private static String title(DocumentType type) {
		return switch (type) {
			case INVOICE -> "Flour and yeast, March";
			case CREDIT_NOTE -> "Returned crates";
			case ESTIMATE -> "Weekly bread delivery";
			case CONTRACT -> "Supply agreement 2027";
			case PROPOSAL -> "Breakfast pastries for the hotel";
			case TICKET -> "Late delivery on Monday";
			case PROJECT -> "New oven installation";
			case TASK -> "Confirm the delivery window";
		};
	}

	/** Lets the portal's "request a login" page take requests, so one is waiting. */
	private void openLoginRequests() {
		Settings s = settings.get();
		settings.update(new Settings(s.companyName(), s.companyFirst(), s.welcomeEmailEnabled(), true,
				s.notifyOnlyPortalUsers(), s.invitationTtlHours(), s.passwordResetTtlHours(),
				s.defaultPortalPermissions(), s.defaultNotificationTopics(), s.defaultPhoneRegion(), s.version(),
				s.updatedAt()), IfMatch.ANY);
	}

	private static String password() {
		SecureRandom random = new SecureRandom();
		StringBuilder sb = new StringBuilder(18);
		for (int i = 0; i < 18; i++) {
			sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return sb.toString();
	}
}
