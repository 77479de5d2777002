package app.clientele.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.activity.ActivityEntry;
import app.clientele.activity.ActivityLog;
import app.clientele.contacts.ContactManagement;
import app.clientele.imports.ContactImports;
import app.clientele.mail.EmailStatus;
import app.clientele.mail.Mailbox;
import app.clientele.marketing.MarketingReach;
import app.clientele.platform.Page;
import app.clientele.platform.PageRequest;
import app.clientele.portal.LoginRequests;
import app.clientele.portal.PortalAdoption;
import app.clientele.staff.PortalAccessManagers;
import app.clientele.staff.Role;
import org.springframework.stereotype.Service;

/**
 * Gathers the dashboard from the modules that own each figure. A figure is shown to the roles
 * that may open the list behind it and act on it: login requests and expired invitations to those
 * who manage portal access, the Mailbox's troubles to ADMIN; the charts and the activity, which
 * every role may read, to all; imports with problems to those who import.
 */
@Service
public class Dashboard {

	static final int RECENT = 10;

	/** The reasons for not reaching someone with marketing email that staff act on in Marketing. */
	private static final String ALLOWED = "allowed";

	/**
	 * The contact list behind each bar of the outreach chart, filtered by the rule that counts it
	 * ({@code MarketingLists.exclusion}): the first reason that applies, in the order archived, no
	 * email, do-not-email, not opted in, then unsubscribed. Active contacts unless said otherwise,
	 * as every list. An address that is not well formed counts as one here, as in the count.
	 */
	private static final Map<String, String> OUTREACH_LISTS = Map.of(
			ALLOWED, "/contacts?hasEmail=true&doNotEmail=false&marketingOptIn=true&unsubscribed=false",
			"ARCHIVED", "/contacts?archived=true",
			"NO_EMAIL", "/contacts?hasEmail=false",
			"DO_NOT_EMAIL", "/contacts?hasEmail=true&doNotEmail=true",
			"NOT_OPTED_IN", "/contacts?hasEmail=true&doNotEmail=false&marketingOptIn=false",
			"UNSUBSCRIBED", "/contacts?hasEmail=true&doNotEmail=false&marketingOptIn=true&unsubscribed=true");

	private final LoginRequests loginRequests;
	private final Mailbox mailbox;
	private final PortalAdoption adoption;
	private final MarketingReach reach;
	private final ActivityLog activity;
	private final ContactManagement contacts;
	private final ContactImports imports;

	Dashboard(LoginRequests loginRequests, Mailbox mailbox, PortalAdoption adoption, MarketingReach reach,
			ActivityLog activity, ContactManagement contacts, ContactImports imports) {
		this.imports = imports;
		this.loginRequests = loginRequests;
		this.mailbox = mailbox;
		this.adoption = adoption;
		this.reach = reach;
		this.activity = activity;
		this.contacts = contacts;
	}

	/** The dashboard for a staff user holding {@code roles}, with that page of the latest activity. */
	public DashboardView of(Set<Role> roles, PageRequest recentPage) {
		boolean portalManager = roles.stream().anyMatch(r -> Set.of(PortalAccessManagers.roles()).contains(r.name()));
		boolean admin = roles.contains(Role.ADMIN);
		PortalAdoption.Figures portal = adoption.figures();
		List<DashboardView.Attention> attention = new ArrayList<>();
		if (portalManager) {
			attention.add(new DashboardView.Attention("dashboard.attention.loginRequests", loginRequests.countWaiting(),
					"/login-requests?status=PENDING"));
		}
		if (admin) {
			attention.add(new DashboardView.Attention("dashboard.attention.failed", mailbox.count(EmailStatus.FAILED),
					"/mailbox?status=FAILED"));
			attention.add(new DashboardView.Attention("dashboard.attention.stuck", mailbox.countStuck(),
					"/mailbox?stuck=true"));
		}
		if (portalManager) {
			attention.add(new DashboardView.Attention("dashboard.attention.expired", portal.expired(),
					"/invited-contacts?stage=EXPIRED"));
		}
		if (admin || roles.contains(Role.MANAGER)) {
			attention.add(new DashboardView.Attention("dashboard.attention.imports", imports.withProblems(), "/imports"));
		}
		return new DashboardView(attention, funnel(portal), outreach(), recent(recentPage));
	}

	private static DashboardView.Chart funnel(PortalAdoption.Figures f) {
		long total = f.invited();
		return new DashboardView.Chart("dashboard.funnel", total, List.of(
				new DashboardView.Bar("dashboard.funnel.invited", f.invited(), "/invited-contacts?stage=INVITED", total),
				new DashboardView.Bar("dashboard.funnel.activated", f.activated(), "/invited-contacts?stage=ACTIVATED", total),
				new DashboardView.Bar("dashboard.funnel.signedIn", f.signedInThisMonth(),
						"/invited-contacts?stage=SIGNED_IN_THIS_MONTH", total)));
	}

	/**
	 * Who marketing email may reach, and why the others may not, as marketing counts them (it alone
	 * knows the unsubscribes). Each bar links to the contact list filtered to exactly the people it
	 * counts ({@link #OUTREACH_LISTS}).
	 */
	private DashboardView.Chart outreach() {
		MarketingReach.Census census = reach.census();
		long total = census.total();
		List<DashboardView.Bar> bars = new ArrayList<>();
		bars.add(new DashboardView.Bar("dashboard.outreach.allowed", census.allowed(), OUTREACH_LISTS.get(ALLOWED), total));
		census.refused().forEach((reason, n) -> bars.add(new DashboardView.Bar("dashboard.outreach." + reason, n,
				OUTREACH_LISTS.get(reason), total)));
		return new DashboardView.Chart("dashboard.outreach", total, bars);
	}

	private Page<DashboardView.Recent> recent(PageRequest page) {
		Page<ActivityEntry> entries = activity.recent(page);
		Set<UUID> ids = new LinkedHashSet<>();
		entries.items().forEach(e -> ids.add(e.contactId()));
		Map<UUID, String> names = contacts.names(ids);
		return entries.map(e -> new DashboardView.Recent(e.id(), e.contactId(), names.getOrDefault(e.contactId(), "—"),
				e.at(), e.actor().label(), e.type(), e.details(), e));
	}
}
