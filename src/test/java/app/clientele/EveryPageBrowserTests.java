package app.clientele;

import static app.clientele.Accessibility.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import app.clientele.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every page of the console and of the portal, each with something on it, passes the checks of
 * {@link Accessibility}: labels on every field, the keyboard reaches every control with a visible
 * focus, nothing sticks out sideways at 375 px, and the browser console stays free of errors.
 * The journeys ({@code JourneysBrowserTests}) check the same on the pages they pass while
 * working; this walks the pages no journey reaches. Every page also speaks in {@link PlainWords}:
 * the data puts codes of every kind on them (roles, stages, channels, phone kinds, portal and
 * email states, document types, a timeline with changed fields and portal access).
 */
@BrowserTest
@IntegrationTest
class EveryPageBrowserTests {

	private static final String CUSTOMER_PASSWORD = "quiet harbour lantern 42";

	/**
	 * Pages that still show a code because of work under way elsewhere; each entry goes once that
	 * work is merged. Matched against the start of the page's path, with {account} and {contact} for their ids.
	 */
	private static final Set<String> KNOWN_CODES = Set.of();

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetThrottling() {
		jdbc.sql("DELETE FROM sign_in_failure").update();
	}

	@Test
	void everyConsolePageWorksWithAKeyboardAndOnAPhone() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String accountClass = api.post("/api/v1/account-classes", Map.of("name", "Pages class " + TestData.suffix())).id();
		String accountName = "Every Page Ltd " + TestData.suffix();
		String account = api.post("/api/v1/accounts", Map.of("name", accountName, "accountClassId", accountClass)).id();
		api.post("/api/v1/accounts/" + account + "/sites", Map.of("name", "Head office", "address", "1 Main St"));
		String walker = "Walker" + TestData.suffix();
		String contact = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Page",
				"lastName", walker, "email", TestData.email("walker"), "phones",
				List.of(Map.of("type", "WORK", "number", TestData.phone())), "marketingOptIn", true, "jobTitle", "Buyer",
				"businessRoles", List.of("BUYER"), "stage", "CLIENT", "preferredChannel", "ANY")).id();
		assertThat(api.patch("/api/v1/contacts/" + contact, Map.of("jobTitle", "Owner", "businessRoles",
				List.of("OWNER", "FINANCE"), "stage", "PROSPECT", "preferredChannel", "WORK_PHONE", "phones",
				List.of(Map.of("type", "MOBILE", "number", TestData.phone())))).status()).isEqualTo(200);
		api.put("/api/v1/contacts/" + contact + "/portal", Map.of("enabled", true, "permissions",
				List.of("INVOICES", "ESTIMATES"), "allSites", true));
		String document = api.post("/api/v1/accounts/" + account + "/documents", Map.of("type", "INVOICE", "number",
				"INV-" + TestData.suffix(), "title", "Maintenance", "amount", 120.5, "currency", "EUR")).id();
		String list = api.post("/api/v1/marketing-lists", Map.of("name", "Pages list " + TestData.suffix())).id();
		new Api(port).as(TestUsers.token(new Api(port), Role.SALES)).post("/api/v1/marketing-lists/" + list + "/members",
				Map.of("contactIds", List.of(contact)));
		String campaign = api.post("/api/v1/campaigns", Map.of("name", "Pages campaign", "listId", list, "subject", "Hello",
				"body", "Hello {{contactFirstName}}")).id();
		UUID email = jdbc.sql("SELECT id FROM outbox_email WHERE contact_id = CAST(:c AS uuid) LIMIT 1")
				.param("c", contact).query(UUID.class).single();
		String imported = api.upload("/api/v1/imports/contacts", "pages.csv", ("First name;Last name;Mobile;Company\n"
				+ "Ida;Importer" + TestData.suffix() + ";" + TestData.phone() + ";" + accountName + "\n"
				+ "Bad;Phone" + TestData.suffix() + ";12;" + accountName + "\n").getBytes(StandardCharsets.UTF_8),
				Map.of("dryRun", "true")).id();
		await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/imports/" + imported).json().get("status")
				.asString().equals("DONE"));
		UUID upload = jdbc.sql("SELECT upload_id FROM contact_import WHERE id = CAST(:i AS uuid)").param("i", imported)
				.query(UUID.class).single();
		api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Paige", "lastName", walker,
				"confirmNotDuplicate", true));
		String scan = api.post("/api/v1/duplicate-scans", Map.of("accountId", account)).id();
		await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/duplicate-scans/" + scan).json().get("status")
				.asString().equals("DONE"));

		List<String> pages = List.of("/", "/accounts", "/accounts/new", "/accounts/" + account,
				"/accounts/" + account + "/edit", "/accounts/" + account + "/contacts", "/accounts/" + account + "/contacts/new",
				"/accounts/" + account + "/documents", "/accounts/" + account + "/sites", "/contacts", "/contacts?q=Walker",
				"/contacts/new", "/search?q=Walker",
				"/contacts/" + contact, "/contacts/" + contact + "/edit", "/documents/" + document + "/send", "/marketing",
				"/marketing/lists/" + list, "/marketing/campaigns/new", "/marketing/campaigns/" + campaign,
				"/email-templates", "/email-templates/welcome", "/mailbox", "/mailbox/" + email, "/login-requests",
				"/self-registrations", "/account-classes", "/account-classes/" + accountClass, "/staff", "/settings",
				"/imports", "/imports/new", "/imports/uploads/" + upload, "/imports/" + imported, "/duplicates",
				"/duplicates?accountId=" + account + "&scan=" + scan);
		Browser browser = browsers.desktop().signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		for (String page : pages) {
			browser.open(page);
			if (page.startsWith("/contacts/") && !page.endsWith("/edit") && page.contains(contact)) {
				// The contact page fills its sections in as they load.
				browser.waitFor(By.id("portal-section"));
				browser.waitFor(By.id("timeline"));
			}
			assertAccessible(browser);
			assertPlainWords(browser, page.replace(account, "{account}").replace(contact, "{contact}"));
		}
		browser.open("/contacts/" + UUID.randomUUID());
		assertThat(browser.find(By.tagName("h1")).getText()).as("the page of an unknown contact").isEqualTo("Page not found");
		browser.forgetConsoleLog();
		assertAccessible(browser);
		browser.screenshot();
	}

	@Test
	void everyPortalPageWorksWithAKeyboardAndOnAPhone() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = api.post("/api/v1/accounts", Map.of("name", "Portal Pages Co " + TestData.suffix())).id();
		String address = TestData.email("visitor");
		String contact = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Vera",
				"lastName", "Visitor" + TestData.suffix(), "email", address, "sendWelcomeEmail", false)).id();
		api.put("/api/v1/contacts/" + contact + "/portal", Map.of("enabled", true, "permissions",
				List.of("INVOICES", "ESTIMATES", "CONTRACTS", "PROPOSALS", "SUPPORT", "PROJECTS"), "allSites", true));
		api.post("/api/v1/contacts/" + contact + "/portal/invitations", null);
		assertThat(new PortalClient(port).post("/portal/api/activate", Map.of("token",
				TestLinks.portalToken(jdbc, contact, "INVITATION"), "password", CUSTOMER_PASSWORD)).status()).isEqualTo(200);
		api.post("/api/v1/accounts/" + account + "/documents", Map.of("type", "INVOICE", "number", "INV-" + TestData.suffix(),
				"title", "Annual service with a rather long title that has to wrap on a phone", "amount", 1999.99,
				"currency", "USD", "dueDate", "2027-01-31"));
		Browser phone = browsers.phone();
		assertThat(api.patch("/api/v1/settings", Map.of("requestLoginEnabled", true)).status()).isEqualTo(200);
		try {
			for (String page : List.of("/portal/login", "/portal/forgot", "/portal/register", "/portal/request-login",
					"/portal/activate", "/portal/reset")) {
				phone.open(page);
				assertAccessible(phone);
				assertPlainWords(phone, page);
			}
		}
		finally {
			api.patch("/api/v1/settings", Map.of("requestLoginEnabled", false));
		}
		phone.open("/portal/login");
		phone.type(By.id("email"), address);
		phone.type(By.id("password"), CUSTOMER_PASSWORD);
		phone.clickAndLoad(By.xpath("//main//button[normalize-space()='Sign in']"));
		assertThat(phone.path()).isEqualTo("/portal/");
		for (String page : List.of("/portal/", "/portal/documents?type=INVOICES", "/portal/documents?type=SUPPORT",
				"/portal/notifications", "/portal/profile")) {
			phone.open(page);
			assertAccessible(phone);
			assertPlainWords(phone, page);
		}
		phone.open("/portal/no-such-page");
		assertThat(phone.find(By.tagName("h1")).getText()).as("the portal's own not-found page").isEqualTo("Page not found");
		phone.forgetConsoleLog();
		assertAccessible(phone);
		phone.open("/portal/documents?type=INVOICES");
		phone.screenshot();
	}

	private static void assertPlainWords(Browser browser, String page) {
		if (KNOWN_CODES.stream().noneMatch(page::startsWith)) {
			PlainWords.assertPlainWords(browser);
		}
	}
}
