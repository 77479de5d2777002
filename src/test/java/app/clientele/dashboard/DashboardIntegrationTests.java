package app.clientele.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.DashboardPage;
import app.clientele.IntegrationTest;
import app.clientele.PortalClient;
import app.clientele.TestData;
import app.clientele.TestLinks;
import app.clientele.TestUsers;
import app.clientele.mail.MailOutbox;
import app.clientele.mail.OutgoingEmail;
import app.clientele.mail.TemplateKey;
import app.clientele.staff.Role;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard counts what each figure says, links to the list behind it, and shows each role
 * only what it may act on. The suite shares one database, so every figure is read before and
 * after the data a test makes.
 */
@IntegrationTest
class DashboardIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api admin;

	@BeforeEach
	void setUp() {
		admin = new Api(port).as(TestUsers.adminToken(new Api(port)));
	}

	Console console(Role role) {
		if (role == Role.ADMIN) {
			return Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		}
		TestUsers.token(new Api(port), role);
		return Console.signIn(port, role.name().toLowerCase() + "@staff.example.com", TestUsers.PASSWORD);
	}

	@Test
	void countsLoginRequestsWaitingForThoseWhoDecideThem() {
		Console sales = console(Role.SALES);
		long before = DashboardPage.of(sales).item("dashboard.attention.loginRequests");
		String etag = admin.get("/api/v1/settings").header("ETag");
		admin.with("If-Match", etag).patch("/api/v1/settings", Map.of("requestLoginEnabled", true));
		try {
			String waiting = TestData.email("waiting");
			String decided = TestData.email("decided");
			request(waiting);
			request(decided);
			String decidedId = admin.get("/api/v1/login-requests?status=PENDING").json().get("items").findParents("email")
					.stream().filter(r -> r.get("email").asString().equals(decided)).findFirst().orElseThrow().get("id")
					.asString();
			admin.post("/api/v1/login-requests/" + decidedId + "/reject", Map.of("reason", "unknown"));

			DashboardPage page = DashboardPage.of(sales);
			assertThat(page.item("dashboard.attention.loginRequests")).isEqualTo(before + 1);
			assertThat(page.itemLink("dashboard.attention.loginRequests")).isEqualTo("/login-requests?status=PENDING");
			String list = sales.get("/login-requests?status=PENDING").body();
			assertThat(list).contains(waiting).doesNotContain(decided);
			assertThat(DashboardPage.of(console(Role.MANAGER)).item("dashboard.attention.loginRequests"))
					.isEqualTo(before + 1);
			assertThat(DashboardPage.of(console(Role.MARKETEER)).hasItem("dashboard.attention.loginRequests")).isFalse();
		}
		finally {
			etag = admin.get("/api/v1/settings").header("ETag");
			admin.with("If-Match", etag).patch("/api/v1/settings", Map.of("requestLoginEnabled", false));
			jdbc.sql("DELETE FROM sign_in_failure").update();
		}
	}

	private void request(String email) {
		assertThat(new PortalClient(port).post("/portal/api/login-requests", Map.of("name", "Wanda Waiting", "email",
				email, "company", "Co", "message", "Let me in")).status()).isEqualTo(202);
	}

	@Test
	void countsFailedAndStuckEmailsForAdminsOnly(@Autowired MailOutbox mail) {
		Console console = console(Role.ADMIN);
		DashboardPage before = DashboardPage.of(console);
		UUID failed = queue(mail, "failed");
		UUID stuck = queue(mail, "stuck");
		UUID fresh = queue(mail, "fresh");
		try {
			// Set up as the delivery worker would leave them: one failed for good, one retrying for two hours.
			jdbc.sql("UPDATE outbox_email SET status = 'FAILED', last_error = 'refused' WHERE id = :id").param("id", failed)
					.update();
			jdbc.sql("""
					UPDATE outbox_email SET status = 'QUEUED', created_at = now() - interval '2 hours',
					    next_attempt_at = now() + interval '1 hour' WHERE id IN (:stuck, :fresh)
					""").param("stuck", stuck).param("fresh", fresh).update();
			jdbc.sql("UPDATE outbox_email SET created_at = now() WHERE id = :id").param("id", fresh).update();

			DashboardPage page = DashboardPage.of(console);
			assertThat(page.item("dashboard.attention.failed")).isEqualTo(before.item("dashboard.attention.failed") + 1);
			assertThat(page.item("dashboard.attention.stuck")).isEqualTo(before.item("dashboard.attention.stuck") + 1);
			assertThat(page.itemLink("dashboard.attention.failed")).isEqualTo("/mailbox?status=FAILED");
			assertThat(page.itemLink("dashboard.attention.stuck")).isEqualTo("/mailbox?stuck=true");
			assertThat(console.get("/mailbox?status=FAILED").body()).contains("data-email=\"" + failed)
					.doesNotContain("data-email=\"" + stuck);
			assertThat(console.get("/mailbox?stuck=true").body()).contains("data-email=\"" + stuck)
					.doesNotContain("data-email=\"" + fresh).doesNotContain("data-email=\"" + failed);
			for (Role role : new Role[] { Role.MANAGER, Role.SALES, Role.MARKETEER }) {
				DashboardPage theirs = DashboardPage.of(console(role));
				assertThat(theirs.hasItem("dashboard.attention.failed")).as(role.name()).isFalse();
				assertThat(theirs.hasItem("dashboard.attention.stuck")).as(role.name()).isFalse();
			}
		}
		finally {
			jdbc.sql("UPDATE outbox_email SET status = 'CANCELLED' WHERE id IN (:ids)")
					.param("ids", List.of(failed, stuck, fresh)).update();
		}
	}

	private static UUID queue(MailOutbox mail, String name) {
		return mail.queue(OutgoingEmail.of(TemplateKey.NOTIFICATION_INVOICE, null, TestData.email(name), "Mo Mail",
				Map.of("documentNumber", "INV-" + name, "documentTitle", "Repairs"))).orElseThrow();
	}

	@Test
	void countsWhoMayReceiveMarketingEmailAndWhyTheOthersMayNot() {
		Console console = console(Role.MARKETEER);
		DashboardPage before = DashboardPage.of(console);
		String account = admin.post("/api/v1/accounts", Map.of("name", "Outreach Co " + TestData.suffix())).id();
		contact(account, Map.of("email", TestData.email("optin"), "marketingOptIn", true));
		contact(account, Map.of("email", TestData.email("optin"), "marketingOptIn", true));
		contact(account, Map.of("marketingOptIn", true));
		contact(account, Map.of("email", TestData.email("dne"), "marketingOptIn", true, "doNotEmail", true));
		contact(account, Map.of("email", TestData.email("noopt")));
		String archived = contact(account, Map.of("email", TestData.email("gone"), "marketingOptIn", true));
		assertThat(admin.post("/api/v1/contacts/" + archived + "/archive", null).status()).isEqualTo(200);

		DashboardPage page = DashboardPage.of(console);
		assertThat(page.bar("dashboard.outreach.allowed") - before.bar("dashboard.outreach.allowed")).isEqualTo(2);
		assertThat(page.bar("dashboard.outreach.NO_EMAIL") - before.bar("dashboard.outreach.NO_EMAIL")).isEqualTo(1);
		assertThat(page.bar("dashboard.outreach.DO_NOT_EMAIL") - before.bar("dashboard.outreach.DO_NOT_EMAIL"))
				.isEqualTo(1);
		assertThat(page.bar("dashboard.outreach.NOT_OPTED_IN") - before.bar("dashboard.outreach.NOT_OPTED_IN"))
				.isEqualTo(1);
		assertThat(page.bar("dashboard.outreach.ARCHIVED") - before.bar("dashboard.outreach.ARCHIVED")).isEqualTo(1);
		assertThat(page.html()).contains("<svg", "aria-hidden=\"true\"", "<caption class=\"sr-only\">");
	}

	/**
	 * Someone who unsubscribed is out of marketing's reach, like a list's audience has it: the
	 * outreach chart counts them under their own bar, which links to Marketing, and no longer
	 * among those who may receive marketing email.
	 */
	@Test
	void outreachCountsUnsubscribedPeopleAsUnreachable() {
		Console console = console(Role.MARKETEER);
		String account = admin.post("/api/v1/accounts", Map.of("name", "Unsubscribe Co " + TestData.suffix())).id();
		String id = contact(account, Map.of("email", TestData.email("leaving"), "marketingOptIn", true));
		Api marketeer = new Api(port).as(TestUsers.token(new Api(port), Role.MARKETEER));
		String list = marketeer.post("/api/v1/marketing-lists", Map.of("name", "Leavers " + TestData.suffix())).id();
		new Api(port).as(TestUsers.token(new Api(port), Role.SALES))
				.post("/api/v1/marketing-lists/" + list + "/members", Map.of("contactIds", List.of(id)));
		String campaign = marketeer.post("/api/v1/campaigns", Map.of("name", "News", "listId", list, "subject", "News",
				"body", "Hello")).id();
		DashboardPage before = DashboardPage.of(console);
		assertThat(marketeer.post("/api/v1/campaigns/" + campaign + "/send", null).status()).isLessThan(300);
		UUID link = Awaitility.await("the campaign's unsubscribe link").atMost(Duration.ofSeconds(30))
				.until(() -> jdbc.sql("SELECT id FROM unsubscribe_link WHERE contact_id = CAST(:c AS uuid)").param("c", id)
						.query(UUID.class).optional(), Optional::isPresent)
				.orElseThrow();
		String url = TestLinks.delivered(jdbc, link, "/unsubscribe/");
		assertThat(new Api(port).send("POST", url.substring(url.indexOf("/unsubscribe/")), "List-Unsubscribe=One-Click",
				"application/x-www-form-urlencoded").status()).isEqualTo(200);

		DashboardPage after = DashboardPage.of(console);
		assertThat(after.bar("dashboard.outreach.allowed")).isEqualTo(before.bar("dashboard.outreach.allowed") - 1);
		assertThat(after.bar("dashboard.outreach.UNSUBSCRIBED"))
				.isEqualTo(before.bar("dashboard.outreach.UNSUBSCRIBED") + 1);
		assertThat(after.bar("dashboard.outreach.NOT_OPTED_IN")).isEqualTo(before.bar("dashboard.outreach.NOT_OPTED_IN"));
		assertThat(after.html()).contains(">Unsubscribed<");
		assertThat(after.barLink("dashboard.outreach.UNSUBSCRIBED")).contains("unsubscribed=true");
	}

	/**
	 * Every outreach bar links to the contact list filtered to exactly the people it counts: the
	 * list, read to its end, holds as many contacts as the bar says (issue 19).
	 */
	@Test
	void outreachBarsLinkToTheContactsTheyCount() {
		String account = admin.post("/api/v1/accounts", Map.of("name", "Outreach Co " + TestData.suffix())).id();
		contact(account, Map.of("email", TestData.email("reached"), "marketingOptIn", true));
		String archived = contact(account, Map.of("email", TestData.email("archived")));
		admin.post("/api/v1/contacts/" + archived + "/archive", null);
		contact(account, Map.of());
		contact(account, Map.of("email", TestData.email("refuses"), "doNotEmail", true));
		contact(account, Map.of("email", TestData.email("undecided")));
		String gone = contact(account, Map.of("email", TestData.email("gone"), "marketingOptIn", true));
		jdbc.sql("INSERT INTO marketing_opt_out (contact_id, via) VALUES (CAST(:c AS uuid), 'test')").param("c", gone).update();

		DashboardPage page = DashboardPage.of(console(Role.ADMIN));
		for (String bar : List.of("allowed", "ARCHIVED", "NO_EMAIL", "DO_NOT_EMAIL", "NOT_OPTED_IN", "UNSUBSCRIBED")) {
			String key = "dashboard.outreach." + bar;
			String link = page.barLink(key);
			assertThat(link).as(key).startsWith("/contacts?");
			assertThat(everyContactOf("/api/v1" + link)).as(key + " " + link).isEqualTo(page.bar(key));
		}
	}

	/** How many contacts a list holds, read page by page to its end. */
	private long everyContactOf(String list) {
		long count = 0;
		String after = null;
		do {
			JsonNode page = admin.get(list + "&limit=200" + (after == null ? "" : "&after=" + Api.q(after))).json();
			count += page.get("items").size();
			after = page.get("next") == null || page.get("next").isNull() ? null : page.get("next").asString();
		}
		while (after != null);
		return count;
	}

	private String contact(String account, Map<String, Object> fields) {
		Map<String, Object> body = new java.util.HashMap<>(fields);
		body.put("firstName", "Olive");
		body.put("lastName", "Outreach" + TestData.suffix());
		body.put("confirmNotDuplicate", true);
		var created = admin.post("/api/v1/accounts/" + account + "/contacts", body);
		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		return created.id();
	}

	@Test
	void showsTheLatestActivityOfEveryContactWithItsNameAndLink() {
		String account = admin.post("/api/v1/accounts", Map.of("name", "Activity Co " + TestData.suffix())).id();
		String last = "Recent" + TestData.suffix();
		String id = admin.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Rhea", "lastName", last,
				"confirmNotDuplicate", true)).id();
		// More than a page of activity of its own, whichever tests ran before it.
		for (int i = 0; i < Dashboard.RECENT; i++) {
			admin.post("/api/v1/contacts/" + id + "/comments", Map.of("text", "Left a message " + i));
		}
		admin.post("/api/v1/contacts/" + id + "/comments", Map.of("text", "Called about the renewal"));

		DashboardPage page = DashboardPage.of(console(Role.MARKETEER));
		assertThat(page.shows("activity")).isTrue();
		String activity = page.html().substring(page.html().indexOf("data-block=\"activity\""));
		assertThat(activity).contains("href=\"/contacts/" + id + "\">Rhea " + last + "</a>");
		int comment = activity.indexOf("Rhea " + last);
		assertThat(activity.substring(comment, activity.indexOf("</li>", comment))).contains("Comment");

		Matcher older = Pattern.compile("href=\"/\\?after=([^\"]+)\"").matcher(activity);
		assertThat(older.find()).as("a link to older activity").isTrue();
		String second = console(Role.MARKETEER).get("/?after=" + older.group(1)).body();
		assertThat(entries(second)).isNotEmpty().doesNotContainAnyElementsOf(entries(page.html()));
	}

	@Test
	void countsImportsWithRowsNotImportedForThoseWhoImport() {
		Console manager = console(Role.MANAGER);
		long before = DashboardPage.of(manager).item("dashboard.attention.imports");
		String csv = "firstName,lastName,phone.MOBILE\r\nBad,Phone" + TestData.suffix() + ",12\r\n";
		Api.Response started = admin.upload("/api/v1/imports/contacts", "bad.csv", csv.getBytes(StandardCharsets.UTF_8),
				Map.of("createMissingAccounts", "false"));
		assertThat(started.status()).as(started.toString()).isEqualTo(202);
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !admin.get("/api/v1/imports/" + started.id()).json()
				.get("status").asString().matches("QUEUED|RUNNING"));
		DashboardPage page = DashboardPage.of(manager);
		assertThat(page.item("dashboard.attention.imports")).isEqualTo(before + 1);
		assertThat(page.itemLink("dashboard.attention.imports")).isEqualTo("/imports");
	}

	private static List<String> entries(String html) {
		return Pattern.compile("data-entry=\"([^\"]+)\"").matcher(html).results().map(m -> m.group(1)).toList();
	}

	@Test
	void aMarketeerSeesTheChartsAndActivityButNothingToActOn() {
		DashboardPage page = DashboardPage.of(console(Role.MARKETEER));
		assertThat(page.shows("attention")).isFalse();
		assertThat(page.shows("funnel")).isTrue();
		assertThat(page.shows("outreach")).isTrue();
		DashboardPage admins = DashboardPage.of(console(Role.ADMIN));
		assertThat(admins.hasItem("dashboard.attention.imports")).isTrue();
		assertThat(DashboardPage.of(console(Role.SALES)).hasItem("dashboard.attention.imports")).isFalse();
	}
}
