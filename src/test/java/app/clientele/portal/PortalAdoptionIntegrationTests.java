package app.clientele.portal;

import static org.assertj.core.api.Assertions.assertThat;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.DashboardPage;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's portal figures: the adoption funnel (invited, activated, signed in this month)
 * and the invitations that expired unused, each linking to the contacts behind it.
 */
@IntegrationTest
class PortalAdoptionIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;
	PortalTestSupport portal;
	String account;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		portal = new PortalTestSupport(port, api, jdbc);
		account = portal.account();
	}

	Console console(Role role) {
		TestUsers.token(new Api(port), role);
		return Console.signIn(port, role.name().toLowerCase() + "@staff.example.com", TestUsers.PASSWORD);
	}

	@Test
	void theFunnelCountsInvitedActivatedAndSignedInThisMonth() {
		Console marketeer = console(Role.MARKETEER);
		DashboardPage before = DashboardPage.of(marketeer);
		String invited = portal.invitedContact(account);
		PortalTestSupport.Active lastMonth = portal.activeContact(account);
		jdbc.sql("UPDATE portal_access SET last_login_at = date_trunc('month', now()) - interval '1 day' WHERE contact_id = :c")
				.param("c", java.util.UUID.fromString(lastMonth.id())).update();
		PortalTestSupport.Active signedIn = portal.activeContact(account);
		portal.signedIn(signedIn);
		String revoked = portal.invitedContact(account);
		api.post("/api/v1/contacts/" + revoked + "/portal/revoke", null);

		DashboardPage page = DashboardPage.of(marketeer);
		assertThat(page.bar("dashboard.funnel.invited") - before.bar("dashboard.funnel.invited")).isEqualTo(3);
		assertThat(page.bar("dashboard.funnel.activated") - before.bar("dashboard.funnel.activated")).isEqualTo(2);
		assertThat(page.bar("dashboard.funnel.signedIn") - before.bar("dashboard.funnel.signedIn")).isEqualTo(1);
		assertThat(page.barLink("dashboard.funnel.invited")).isEqualTo("/invited-contacts?stage=INVITED");
		assertThat(page.barLink("dashboard.funnel.signedIn")).isEqualTo("/invited-contacts?stage=SIGNED_IN_THIS_MONTH");

		String signedInList = marketeer.get("/invited-contacts?stage=SIGNED_IN_THIS_MONTH").body();
		assertThat(signedInList).contains("data-contact=\"" + signedIn.id()).doesNotContain("data-contact=\"" + lastMonth.id());
		String invitedList = marketeer.get(page.barLink("dashboard.funnel.invited")).body();
		assertThat(invitedList).contains("data-contact=\"" + invited).doesNotContain("data-contact=\"" + revoked);
	}

	@Test
	void countsInvitationsThatExpiredUnusedForThoseWhoInviteAgain() {
		Console sales = console(Role.SALES);
		long before = DashboardPage.of(sales).item("dashboard.attention.expired");
		String expired = portal.invitedContact(account);
		String live = portal.invitedContact(account);
		jdbc.sql("UPDATE portal_access SET invitation_expires_at = now() - interval '1 minute' WHERE contact_id = :c")
				.param("c", java.util.UUID.fromString(expired)).update();

		DashboardPage page = DashboardPage.of(sales);
		assertThat(page.item("dashboard.attention.expired")).isEqualTo(before + 1);
		assertThat(page.itemLink("dashboard.attention.expired")).isEqualTo("/invited-contacts?stage=EXPIRED");
		String list = sales.get("/invited-contacts?stage=EXPIRED").body();
		String name = api.get("/api/v1/contacts/" + expired).json().get("lastName").asString();
		assertThat(list).contains("data-contact=\"" + expired, name).doesNotContain("data-contact=\"" + live);
		assertThat(DashboardPage.of(console(Role.MARKETEER)).hasItem("dashboard.attention.expired")).isFalse();
	}

	@Test
	void anUnknownStageIsABadRequest() {
		assertThat(console(Role.SALES).get("/invited-contacts?stage=NOPE").statusCode()).isEqualTo(400);
	}
}
