package app.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.clientele.TestData;
import app.clientele.accounts.AccountDetails;
import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountStatus;
import app.clientele.accounts.SiteDetails;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactDetails;
import app.clientele.contacts.ContactArchived;
import app.clientele.contacts.ContactManagement;
import app.clientele.contacts.ContactMoved;
import app.clientele.contacts.NewContact;
import app.clientele.contacts.PortalAccessRequest;
import app.clientele.contacts.PreferredChannel;
import app.clientele.contacts.Stage;
import app.clientele.platform.Actor;
import app.clientele.platform.IfMatch;
import app.clientele.staff.PortalPermission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The portal module with the modules it uses (contacts, accounts, mail, staff, platform), on a
 * fresh database of the tests' embedded PostgreSQL: what the contacts module's events do to
 * portal access, and the portal's own events. Contacts are created through the contacts module;
 * archive and move are published as events, so only the portal's listener acts on them.
 */
// contacts runs its duplicate scans as jobs: the jobs module comes with it
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "jobs", "fields" })
class PortalModuleIntegrationTests {

	/** Portal access is given by a staff user whose role manages it (the create checks). */
	@BeforeEach
	void signInAsManager() {
		SecurityContextHolder.getContext().setAuthentication(
				new TestingAuthenticationToken("manager@example.com", null, "ROLE_MANAGER"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Autowired
	PortalManagement portal;

	@Autowired
	PortalLinks links;

	@Autowired
	ContactManagement contacts;

	@Autowired
	AccountManagement accounts;

	@Test
	void contactCreatedWithPortalAccessInvitesIt(Scenario scenario) {
		UUID account = newAccount();
		scenario.stimulate(() -> contacts.create(account, person(Set.of(), portal(true, Set.of()))))
				.andWaitForEventOfType(PortalInvited.class)
				.matching(e -> e.occasion() == PortalInvited.Occasion.FIRST)
				.toArriveAndVerify((e, contact) -> {
					assertThat(e.contactId()).isEqualTo(contact.id());
					assertThat(e.email()).isEqualTo(contact.email());
					PortalAccessView access = portal.get(contact.id());
					assertThat(access.enabled()).isTrue();
					assertThat(access.status()).isEqualTo(PortalStatus.INVITED);
				});
	}

	@Test
	void changingAccessPublishesPortalAccessChangedWithWhatChanged(Scenario scenario) {
		Contact contact = contacts.create(newAccount(), person(Set.of(), portal(true, Set.of())));
		scenario.stimulate(() -> portal.update(contact.id(), new PortalSettings(true,
				Set.of(PortalPermission.SUPPORT, PortalPermission.PROJECTS), true, Set.of()), IfMatch.ANY))
				.andWaitForEventOfType(PortalAccessChanged.class)
				.matching(e -> e.contactId().equals(contact.id()))
				.toArriveAndVerify(e -> {
					assertThat(e.permissions()).containsExactlyInAnyOrder(PortalPermission.SUPPORT, PortalPermission.PROJECTS);
					assertThat(e.allSites()).isTrue();
				});
	}

	@Test
	void contactArchivedEndsItsPortalLinks(Scenario scenario) {
		Contact contact = contacts.create(newAccount(), person(Set.of(), portal(true, Set.of())));
		String token = links.issueNow(links.create(contact.id(), PortalLinks.Purpose.INVITATION, Duration.ofDays(1)));
		scenario.publish(new ContactArchived(contact, Actor.SYSTEM))
				.andWaitForStateChange(() -> links.valid(token, EnumSet.allOf(PortalLinks.Purpose.class)), valid -> !valid)
				.andVerify(valid -> assertThat(valid).isFalse());
	}

	@Test
	void contactMovedResetsASiteScopedAccess(Scenario scenario) {
		UUID from = newAccount();
		UUID site = accounts.addSite(from, new SiteDetails("Plant " + TestData.suffix(), null)).id();
		Contact contact = contacts.create(from, person(Set.of(site), portal(false, Set.of(site))));
		assertThat(portal.get(contact.id()).siteIds()).containsExactly(site);
		scenario.publish(new ContactMoved(contact, from, newAccount(), Set.of(site), Actor.SYSTEM))
				.andWaitForEventOfType(PortalScopeReset.class)
				.matching(e -> e.contactId().equals(contact.id()))
				.toArriveAndVerify(e -> assertThat(portal.get(contact.id()).siteIds()).isEmpty());
	}

	@Test
	void contactMovedEndsItsPortalAccessForGood(Scenario scenario) {
		Contact contact = contacts.create(newAccount(), person(Set.of(), portal(true, Set.of())));
		assertThat(portal.get(contact.id()).status()).isEqualTo(PortalStatus.INVITED);
		scenario.publish(new ContactMoved(contact, contact.accountId(), newAccount(), Set.of(), Actor.SYSTEM))
				.andWaitForStateChange(() -> portal.get(contact.id()).status(), status -> status == PortalStatus.REVOKED)
				.andVerify(status -> assertThat(status).isEqualTo(PortalStatus.REVOKED));
	}

	UUID newAccount() {
		return accounts.create(new AccountDetails("Acct " + TestData.suffix(), null, null, AccountStatus.ACTIVE)).id();
	}

	static PortalAccessRequest portal(boolean allSites, Set<UUID> siteIds) {
		return new PortalAccessRequest(true, Set.of(PortalPermission.INVOICES), allSites, siteIds, true);
	}

	static NewContact person(Set<UUID> siteIds, PortalAccessRequest portal) {
		String suffix = TestData.suffix();
		ContactDetails details = new ContactDetails("Ada" + suffix, null, "Lovelace", null, Set.of(), Stage.CLIENT,
				TestData.email("ada"), List.of(), null, null, PreferredChannel.ANY, false, false, false, false, false,
				siteIds, List.of());
		return new NewContact(details, true, false, false, portal, true);
	}
}
