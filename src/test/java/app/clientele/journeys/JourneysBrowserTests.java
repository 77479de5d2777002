package app.clientele.journeys;

import static app.clientele.Accessibility.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import app.clientele.Accessibility;
import app.clientele.Api;
import app.clientele.Browser;
import app.clientele.BrowserTest;
import app.clientele.Browsers;
import app.clientele.IntegrationTest;
import app.clientele.PortalClient;
import app.clientele.TestData;
import app.clientele.TestLinks;
import app.clientele.TestSmtp;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The main journeys of staff and customers, each end to end in a real Chromium against the whole
 * application: pages, htmx, email through the test SMTP server and the links in it. What is not
 * the journey itself (the customer's account, its documents) is set up through the API. Every
 * page a journey passes is checked with {@link app.clientele.Accessibility}, and the last page of
 * each is saved to {@code target/screenshots/JourneysBrowserTests.<journey>.png}.
 */
@BrowserTest
@IntegrationTest
class JourneysBrowserTests {

	/** Links in emails start with the public URL of the tests' configuration. */
	private static final String PUBLIC_URL = "https://clientele.test";

	private static final String CUSTOMER_PASSWORD = "lantern orchard seventeen";

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
	}

	@AfterEach
	void forgetThrottling() {
		jdbc.sql("DELETE FROM sign_in_failure").update();
	}

	/**
	 * Journey 1: staff sign in, create an account with two sites, add a contact through the modal,
	 * see the live duplicate warning while typing a person on record and the shared-mailbox
	 * warning for info@.
	 */
	@Test
	void staffCreateAnAccountWithSitesAndAddContactsSeeingDuplicateAndSharedMailboxWarnings() {
		String tag = letters();
		String accountName = "Harbour Joinery " + tag;
		String lastName = "Oakhurst" + tag;
		Browser staff = browsers.desktop().signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);

		staff.open("/accounts/new");
		staff.type(By.id("name"), accountName);
		staff.type(By.id("number"), "HJ-" + tag);
		staff.clickAndLoad(By.xpath("//button[normalize-space()='Create account']"));
		assertThat(staff.path()).matches("/accounts/[0-9a-f-]{36}");
		String accountPath = staff.path();

		staff.clickAndLoad(By.cssSelector("nav.tabs a[href$='/sites']"));
		for (String site : List.of("Quayside", "Mill Lane")) {
			staff.type(By.id("name"), site);
			staff.clickAndLoad(By.xpath("//button[normalize-space()='Add site']"));
			staff.waitFor(By.xpath("//main//td[normalize-space()='" + site + "']"));
		}

		staff.clickAndLoad(By.cssSelector("nav.tabs a[href$='/contacts']"));
		assertThat(staff.path()).isEqualTo(accountPath + "/contacts");
		assertAccessible(staff);
		openAddContact(staff);
		assertThat(staff.<String>script("return document.activeElement.id;")).as("the field with the focus in the modal")
				.isEqualTo("firstName");
		Accessibility.of(staff).assertFieldsHaveLabels().assertKeyboardReachesEverythingWithVisibleFocus();
		staff.type(By.cssSelector("#add-contact #firstName"), "Maren");
		staff.type(By.cssSelector("#add-contact #lastName"), lastName);
		staff.type(By.cssSelector("#add-contact #email"), "maren." + tag.toLowerCase() + "@harbour.example.com");
		staff.click(By.xpath("//dialog[@id='add-contact']//label[normalize-space()='Quayside']/input"));
		staff.clickAndLoad(By.xpath("//dialog[@id='add-contact']//button[normalize-space()='Save contact']"));
		assertThat(staff.path()).matches("/contacts/[0-9a-f-]{36}\\?created");
		assertThat(staff.find(By.tagName("h1")).getText()).contains("Maren " + lastName).contains("Primary");
		assertThat(staff.find(By.cssSelector("dl.props")).getText()).contains("Quayside");

		staff.clickAndLoad(By.linkText(accountName));
		openAddContact(staff);
		staff.type(By.cssSelector("#add-contact #firstName"), "Maren");
		staff.type(By.cssSelector("#add-contact #lastName"), lastName);
		WebElement duplicate = staff.waitFor(By.cssSelector("#add-contact-form-warnings [data-warning=DUPLICATE]"));
		assertThat(duplicate.getText()).contains("Maren " + lastName).contains("this account");
		assertInView(staff, duplicate);
		staff.screenshot("JourneysBrowserTests.staffCreateAnAccountWithSitesAndAddContactsSeeingDuplicateAndSharedMailboxWarnings-duplicate");
		assertThat(staff.find(By.id("add-contact-form-warnings")).getDomAttribute("aria-live")).isEqualTo("polite");
		assertThat(staff.path()).as("the warning came without leaving the page").isEqualTo(accountPath + "/contacts");

		staff.type(By.cssSelector("#add-contact #firstName"), "Ines");
		staff.type(By.cssSelector("#add-contact #lastName"), "Brightwater" + tag);
		staff.type(By.cssSelector("#add-contact #email"), "info@" + tag.toLowerCase() + ".example.com");
		WebElement shared = staff.waitFor(By.cssSelector("#add-contact-form-warnings [data-warning=SHARED_EMAIL]"));
		assertThat(shared.getText()).contains("Shared mailbox");
		assertInView(staff, shared);
		staff.waitUntil(d -> staff.findAll(By.cssSelector("#add-contact-form-warnings [data-warning=DUPLICATE]")).isEmpty(),
				"the duplicate warning to go once the person typed is someone else");
		Accessibility.of(staff).assertFieldsHaveLabels();
		staff.clickAndLoad(By.xpath("//dialog[@id='add-contact']//button[normalize-space()='Save contact']"));
		assertThat(staff.find(By.tagName("h1")).getText()).contains("Ines Brightwater" + tag);
		assertThat(staff.waitFor(By.cssSelector("main [data-warning=SHARED_EMAIL]")).getText()).contains("info@");

		staff.clickAndLoad(By.linkText(accountName));
		assertThat(staff.findAll(By.cssSelector("main tbody tr td:first-child a"))).extracting(WebElement::getText)
				.containsExactlyInAnyOrder("Maren " + lastName, "Ines Brightwater" + tag);
		assertAccessible(staff);
		staff.screenshot();
	}

	/**
	 * Journey 2: staff grant portal access with two modules at site level and send the invitation in
	 * one go ("Save and send invitation": what is on screen is saved first); in a second browser the person opens the link from the email, chooses a password, signs in
	 * and sees exactly the two modules and only their site's (and account-wide) documents.
	 */
	@Test
	void staffGrantSiteLevelAccessAndThePersonActivatesAndSeesOnlyWhatTheyMay() {
		String account = api.post("/api/v1/accounts", Map.of("name", "Tidewater Foods " + letters())).id();
		String north = api.post("/api/v1/accounts/" + account + "/sites", Map.of("name", "North depot")).id();
		String south = api.post("/api/v1/accounts/" + account + "/sites", Map.of("name", "South depot")).id();
		String tag = TestData.suffix().toUpperCase();
		document(account, "INVOICE", "INV-N-" + tag, north);
		document(account, "INVOICE", "INV-S-" + tag, south);
		document(account, "INVOICE", "INV-A-" + tag, null);
		document(account, "ESTIMATE", "EST-N-" + tag, north);
		document(account, "ESTIMATE", "EST-S-" + tag, south);
		document(account, "CONTRACT", "CON-N-" + tag, north);
		String email = TestData.email("nora");
		String contact = contact(account, "Nora", "Lindqvist" + letters(), email, Map.of());

		Browser staff = browsers.desktop().signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		staff.open("/contacts/" + contact);
		staff.waitFor(By.id("portal-section"));
		setChecked(staff, "#portal-section input[name=enabled]", true);
		for (WebElement permission : staff.findAll(By.cssSelector("#portal-section input[name=permissions]"))) {
			String value = permission.getDomAttribute("value");
			setChecked(staff, "#portal-section input[name=permissions][value=" + value + "]",
					value.equals("INVOICES") || value.equals("ESTIMATES"));
		}
		staff.click(By.cssSelector("#portal-section input[name=allSites][value=false]"));
		setChecked(staff, "#portal-section input[name=siteIds][value='" + north + "']", true);
		// Nothing saved yet: the invitation goes out with what is on screen (site level, North only).
		staff.click(By.xpath("//section[@id='portal-section']//button[normalize-space()='Save and send invitation']"));
		staff.waitUntil(d -> staff.find(By.cssSelector("#portal-section [data-portal-status]")).getText().equals("Invited"),
				"the portal status to become INVITED");
		assertThat(checkedValues(staff, "#portal-section input[name=permissions]")).containsExactlyInAnyOrder("INVOICES", "ESTIMATES");
		assertThat(checkedValues(staff, "#portal-section input[name=siteIds]")).containsExactly(north);
		assertAccessible(staff);

		Browser customer = browsers.phone();
		customer.open(local(TestLinks.portalLink(jdbc, contact, "INVITATION")));
		assertThat(customer.path()).as("the token is gone from the address bar").isEqualTo("/portal/activate");
		assertAccessible(customer);
		customer.type(By.id("password"), "short");
		customer.clickAndLoad(By.xpath("//button[normalize-space()='Activate my access']"));
		assertThat(customer.waitFor(By.id("password-error")).getText()).contains("at least");
		assertThat(customer.find(By.id("password")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertAccessible(customer);
		customer.type(By.id("password"), CUSTOMER_PASSWORD);
		customer.clickAndLoad(By.xpath("//button[normalize-space()='Activate my access']"));
		assertThat(customer.path()).as("activating signs the person in").isEqualTo("/portal/?activated");

		assertThat(customer.findAll(By.cssSelector("[data-module]"))).extracting(e -> e.getDomAttribute("data-module"))
				.containsExactly("INVOICES", "ESTIMATES");
		assertAccessible(customer);
		customer.clickAndLoad(By.cssSelector("[data-module=ESTIMATES]"));
		assertThat(documentsShown(customer)).containsExactly("EST-N-" + tag);
		customer.open("/portal/documents?type=CONTRACTS");
		assertThat(customer.findAll(By.cssSelector("[data-document]"))).as("a module not granted shows nothing").isEmpty();
		customer.forgetConsoleLog();
		customer.open("/portal/");
		customer.clickAndLoad(By.cssSelector("[data-module=INVOICES]"));
		assertThat(documentsShown(customer)).containsExactlyInAnyOrder("INV-N-" + tag, "INV-A-" + tag);
		assertAccessible(customer);
		customer.screenshot();

		staff.open("/contacts/" + contact);
		staff.waitUntil(d -> staff.findAll(By.cssSelector("#portal-section [data-portal-status]")).stream()
				.anyMatch(s -> s.getText().equals("Active")), "staff to see the access Active");
	}

	/**
	 * Journey 3: staff resend an invitation; the old link shows a clear "no longer valid" page with
	 * a way to ask for a new link, which sends a fresh invitation that works.
	 */
	@Test
	void anOldInvitationLinkSaysItIsNoLongerValidAndOffersANewOne() {
		String account = api.post("/api/v1/accounts", Map.of("name", "Granite Works " + letters())).id();
		String email = TestData.email("olaf");
		String contact = contact(account, "Olaf", "Brenner" + letters(), email, Map.of());
		assertThat(api.post("/api/v1/contacts/" + contact + "/portal/invitations", null).status()).isEqualTo(200);
		String first = TestLinks.portalLink(jdbc, contact, "INVITATION");

		Browser staff = browsers.desktop().signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		staff.open("/contacts/" + contact);
		staff.click(By.xpath("//section[@id='portal-section']//button[normalize-space()='Save and resend invitation']"));
		staff.waitFor(By.cssSelector("#portal-section .alert.ok"));
		String second = awaitNewLink(contact, first);

		Browser customer = browsers.phone();
		customer.open(local(first));
		assertThat(customer.waitFor(By.cssSelector("[data-page=link-invalid] h1")).getText())
				.isEqualTo("This link is no longer valid");
		assertAccessible(customer);
		customer.clickAndLoad(By.linkText("ask for a new link"));
		assertThat(customer.path()).isEqualTo("/portal/forgot");
		assertAccessible(customer);
		customer.type(By.id("email"), email);
		customer.clickAndLoad(By.xpath("//button[normalize-space()='Send me a link']"));
		assertThat(customer.waitFor(By.cssSelector("[role=status]")).getText()).contains("we have sent it a link");
		String third = awaitNewLink(contact, second);

		customer.open(local(second));
		assertThat(customer.findAll(By.cssSelector("[data-page=link-invalid]"))).as("the staff's resent link was replaced too")
				.hasSize(1);
		customer.open(local(third));
		assertThat(customer.path()).isEqualTo("/portal/activate");
		customer.type(By.id("password"), CUSTOMER_PASSWORD);
		customer.clickAndLoad(By.xpath("//button[normalize-space()='Activate my access']"));
		assertThat(customer.path()).isEqualTo("/portal/?activated");
		assertThat(customer.find(By.tagName("h1")).getText()).startsWith("Hello, Olaf");
		assertAccessible(customer);
		customer.screenshot();
	}

	/** Journey 4: a person self-registers with an invoice number and quick-pay code, and activates. */
	@Test
	void aPersonRegistersWithAnInvoiceAndQuickPayCodeAndActivates() {
		String accountClass = api.post("/api/v1/account-classes", Map.of("name", "Self-service " + letters(),
				"allowInvoiceVerifiedSelfRegistration", true)).id();
		String account = api.post("/api/v1/accounts", Map.of("name", "Birchwood Dental " + letters(),
				"accountClassId", accountClass)).id();
		String invoice = "INV-" + TestData.suffix().toUpperCase();
		String code = "QP" + TestData.suffix().toUpperCase();
		assertThat(api.post("/api/v1/accounts/" + account + "/documents", Map.of("type", "INVOICE", "number", invoice,
				"title", "Check-up", "quickPayCode", code)).status()).isEqualTo(201);
		String email = TestData.email("rosa");
		String lastName = "Quintero" + letters();

		Browser customer = browsers.phone();
		customer.open("/portal/login");
		customer.clickAndLoad(By.linkText("Register with it"));
		assertThat(customer.path()).isEqualTo("/portal/register");
		assertAccessible(customer);
		customer.type(By.id("invoiceNumber"), invoice.toLowerCase());
		customer.type(By.id("proof"), code);
		customer.type(By.id("name"), "Rosa " + lastName);
		customer.type(By.id("email"), email);
		customer.clickAndLoad(By.xpath("//button[normalize-space()='Register']"));
		assertThat(customer.waitFor(By.cssSelector("[role=status]")).getText()).contains("activation link");
		assertAccessible(customer);

		String contact = Awaitility.await("the registered contact").atMost(TestSmtp.WAIT).until(
				() -> api.get("/api/v1/accounts/" + account + "/contacts").json().get("items"), items -> items.size() == 1)
				.get(0).get("id").asString();
		customer.open(local(TestLinks.portalLink(jdbc, contact, "SELF_REGISTRATION")));
		assertThat(customer.path()).isEqualTo("/portal/activate");
		customer.type(By.id("password"), CUSTOMER_PASSWORD);
		customer.clickAndLoad(By.xpath("//button[normalize-space()='Activate my access']"));
		assertThat(customer.find(By.cssSelector("[role=status]")).getText()).contains("Your access is active");
		assertThat(customer.path()).isEqualTo("/portal/?activated");
		assertThat(customer.find(By.tagName("h1")).getText()).isEqualTo("Hello, Rosa " + lastName);
		assertAccessible(customer);
		customer.screenshot();

		assertThat(api.get("/api/v1/self-registrations").json().get("items").findValuesAsString("email")).contains(email);
	}

	/**
	 * Journey 5: an ADMIN opens the portal as a contact: the banner shows, a change is refused,
	 * and the contact's timeline records it with the reason.
	 */
	@Test
	void anAdminImpersonatesAContactReadOnlyAndTheTimelineShowsIt() {
		String account = api.post("/api/v1/accounts", Map.of("name", "Copperline Transit " + letters())).id();
		String email = TestData.email("ivan");
		String contact = contact(account, "Ivan", "Sorensen" + letters(), email, Map.of());
		assertThat(api.put("/api/v1/contacts/" + contact + "/portal", Map.of("enabled", true, "permissions",
				List.of("INVOICES"), "allSites", true)).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/contacts/" + contact + "/portal/invitations", null).status()).isEqualTo(200);
		assertThat(new PortalClient(port).post("/portal/api/activate", Map.of("token",
				TestLinks.portalToken(jdbc, contact, "INVITATION"), "password", CUSTOMER_PASSWORD)).status()).isEqualTo(200);
		String invoice = "INV-" + TestData.suffix().toUpperCase();
		document(account, "INVOICE", invoice, null);
		String reason = "Ticket 4711: cannot find the March invoice";

		Browser admin = browsers.desktop().signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		admin.open("/contacts/" + contact);
		admin.waitFor(By.id("portal-section"));
		admin.type(By.id("impersonation-reason"), reason);
		admin.click(By.xpath("//section[@id='portal-section']//button[normalize-space()='Impersonate (read-only)']"));
		String link = admin.waitFor(By.cssSelector("[data-impersonation-link]")).getDomAttribute("href");
		String console = admin.driver().getWindowHandle();

		admin.driver().switchTo().newWindow(WindowType.TAB);
		admin.open(local(link));
		assertThat(admin.path()).as("the token is gone from the address bar").isEqualTo("/portal/impersonate");
		assertAccessible(admin);
		admin.clickAndLoad(By.xpath("//button[normalize-space()='Open read-only view']"));
		WebElement banner = admin.waitFor(By.cssSelector("[data-impersonation]"));
		assertThat(banner.getText()).contains("Read-only view as Ivan").contains(reason);
		assertThat(admin.findAll(By.cssSelector("[data-module]"))).extracting(e -> e.getDomAttribute("data-module"))
				.containsExactly("INVOICES");
		admin.clickAndLoad(By.cssSelector("[data-module=INVOICES]"));
		assertThat(documentsShown(admin)).containsExactly(invoice);

		admin.clickAndLoad(By.linkText("Notifications"));
		assertThat(admin.findAll(By.cssSelector("main input[name=on]"))).allMatch(box -> !box.isEnabled());
		assertThat(admin.findAll(By.xpath("//main//button[normalize-space()='Save']"))).as("no Save in a read-only view").isEmpty();
		assertAccessible(admin);
		// Sent anyway, as a crafted request would be: the server refuses it.
		admin.loadsAPage(() -> admin.script("""
				const form = document.querySelector('main form');
				form.querySelectorAll('input[name=on]').forEach(box => { box.disabled = false; box.checked = false; });
				form.submit();
				"""));
		assertThat(admin.find(By.tagName("h1")).getText()).isEqualTo("Forbidden");
		assertThat(admin.find(By.tagName("main")).getText()).contains("read-only view");
		admin.forgetConsoleLog();
		admin.open("/portal/notifications");
		assertThat(admin.findAll(By.cssSelector("main input[name=on]:checked"))).as("nothing was changed").isNotEmpty();
		admin.screenshot("JourneysBrowserTests.anAdminImpersonatesAContactReadOnlyAndTheTimelineShowsIt-portal");

		admin.driver().switchTo().window(console);
		admin.open("/contacts/" + contact);
		WebElement impersonated = admin.waitFor(By.cssSelector("#timeline li[data-type=PORTAL_IMPERSONATED]"));
		assertThat(impersonated.getText()).contains(reason);
		assertThat(admin.find(By.cssSelector("#timeline li[data-type=PORTAL_IMPERSONATION_LINK]")).getText()).contains(reason);
		assertAccessible(admin);
		admin.screenshot();
	}

	/**
	 * Journey 6: a marketeer writes a campaign, previews its audience with the reason for everyone
	 * left out, previews it with a real contact and sends it; the recipient unsubscribes from the
	 * link in the email, after a confirmation page.
	 */
	@Test
	void aMarketeerPreviewsTheAudienceAndSendsACampaignAndARecipientUnsubscribes() {
		String account = api.post("/api/v1/accounts", Map.of("name", "Saltmarsh Bakery " + letters())).id();
		String email = TestData.email("ella");
		String eligible = contact(account, "Ella", "Vance" + letters(), email, Map.of("marketingOptIn", true));
		String notOptedIn = contact(account, "Nils", "Hart" + letters(), TestData.email("nils"), Map.of());
		String doNotEmail = contact(account, "Dora", "Pike" + letters(), TestData.email("dora"),
				Map.of("marketingOptIn", true, "doNotEmail", true));
		String archived = contact(account, "Arlo", "Moss" + letters(), TestData.email("arlo"), Map.of("marketingOptIn", true));
		api.post("/api/v1/contacts/" + archived + "/archive", null);
		String listName = "Bakery news " + letters();
		String list = api.post("/api/v1/marketing-lists", Map.of("name", listName)).id();
		Api sales = new Api(port).as(TestUsers.token(new Api(port), Role.SALES));
		assertThat(sales.post("/api/v1/marketing-lists/" + list + "/members",
				Map.of("contactIds", List.of(eligible, notOptedIn, doNotEmail, archived))).status()).isLessThan(300);
		TestUsers.token(new Api(port), Role.MARKETEER);

		Browser marketeer = browsers.desktop().signIn("marketeer@staff.example.com", TestUsers.PASSWORD);
		marketeer.open("/marketing");
		marketeer.clickAndLoad(By.linkText("New campaign"));
		assertAccessible(marketeer);
		marketeer.type(By.id("name"), "Winter loaves");
		marketeer.click(By.xpath("//select[@id='listId']/option[starts-with(normalize-space(), '" + listName + "')]"));
		marketeer.type(By.id("subject"), "Fresh for you, {{contactFirstName}}");
		marketeer.type(By.id("body"), "Dear {{contactFirstName}},\nour winter loaves are back at {{accountName}}'s favourite bakery.");
		marketeer.clickAndLoad(By.xpath("//button[normalize-space()='Save campaign']"));
		assertThat(marketeer.path()).matches("/marketing/campaigns/[0-9a-f-]{36}");
		String campaignPath = marketeer.path();

		WebElement audience = marketeer.waitFor(By.cssSelector("[data-audience]"));
		assertThat(audience.getText()).contains("1 eligible, 3 left out.");
		assertThat(marketeer.findAll(By.cssSelector("[data-audience] [data-reason]"))).extracting(e -> e.getDomAttribute("data-reason"))
				.containsExactlyInAnyOrder("NOT_OPTED_IN", "DO_NOT_EMAIL", "ARCHIVED");
		assertAccessible(marketeer);
		marketeer.clickAndLoad(By.xpath("//button[normalize-space()='Preview with a real contact']"));
		WebElement preview = marketeer.waitFor(By.cssSelector("[data-preview]"));
		assertThat(preview.getText()).contains("Fresh for you, Ella").contains("Dear Ella,").contains(email);

		marketeer.loadsAPage(() -> {
			marketeer.click(By.xpath("//button[normalize-space()='Send campaign']"));
			var confirm = marketeer.driver().switchTo().alert();
			assertThat(confirm.getText()).isEqualTo("Send to 1 eligible contact?");
			confirm.accept();
		});
		assertThat(marketeer.path()).isEqualTo(campaignPath + "?sending");
		var received = TestSmtp.awaitMessageTo(email);
		assertThat(received.subject()).isEqualTo("Fresh for you, Ella");
		Awaitility.await("the sent count").atMost(TestSmtp.WAIT).until(() -> {
			marketeer.open(campaignPath);
			return marketeer.find(By.cssSelector("[data-count=sent]")).getText();
		}, "1"::equals);
		assertThat(marketeer.find(By.cssSelector("[data-campaign-status]")).getText()).isNotEqualTo("Draft");
		assertAccessible(marketeer);

		String unsubscribe = java.util.regex.Pattern.compile("https?://[^\\s\"<>]+/unsubscribe/[^\\s\"<>]+")
				.matcher(received.text()).results().findFirst().orElseThrow().group();
		Browser recipient = browsers.phone();
		recipient.open(local(unsubscribe));
		assertThat(recipient.find(By.cssSelector("[data-state]")).getDomAttribute("data-state")).as("following the link changes nothing")
				.isEqualTo("ask");
		assertThat(api.get("/api/v1/marketing-lists/" + list + "/audience").json().get("eligible").findValuesAsString("contactId"))
				.contains(eligible);
		assertAccessible(recipient);
		recipient.clickAndLoad(By.xpath("//button[normalize-space()='Unsubscribe']"));
		assertThat(recipient.find(By.cssSelector("[data-state]")).getDomAttribute("data-state")).isEqualTo("done");
		assertThat(recipient.find(By.tagName("h1")).getText()).isEqualTo("You are unsubscribed");
		assertAccessible(recipient);
		recipient.screenshot();

		marketeer.open(campaignPath);
		assertThat(marketeer.findAll(By.cssSelector("[data-audience] [data-reason]"))).extracting(e -> e.getDomAttribute("data-reason"))
				.containsExactlyInAnyOrder("NOT_OPTED_IN", "DO_NOT_EMAIL", "ARCHIVED", "UNSUBSCRIBED");
		marketeer.open("/contacts/" + eligible);
		marketeer.waitFor(By.cssSelector("#timeline li[data-type=UNSUBSCRIBED_FROM_MARKETING]"));
		marketeer.assertNoConsoleErrors();
	}

	/** The element shows in the part of the open dialog one sees, without scrolling: where staff are typing. */
	private static void assertInView(Browser staff, WebElement element) {
		assertThat(staff.<Boolean>script("""
				const box = arguments[0].getBoundingClientRect();
				const view = arguments[0].closest('dialog').getBoundingClientRect();
				return box.top >= view.top && box.bottom <= view.bottom && box.bottom <= window.innerHeight;
				""", element)).as("the warning shows without scrolling the dialog").isTrue();
	}

	private void openAddContact(Browser staff) {
		staff.click(By.cssSelector("a[data-open-dialog=add-contact]"));
		staff.waitUntil(d -> staff.<Boolean>script("return document.getElementById('add-contact').open;"),
				"the Add contact dialog to open");
	}

	private String contact(String account, String firstName, String lastName, String email, Map<String, Object> more) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("firstName", firstName, "lastName", lastName, "email", email,
				"sendWelcomeEmail", false));
		body.putAll(more);
		var created = api.post("/api/v1/accounts/" + account + "/contacts", body);
		assertThat(created.status()).as("creating %s: %s", email, created).isEqualTo(201);
		return created.id();
	}

	private void document(String account, String type, String number, String siteId) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("type", type, "number", number, "title", "Goods " + number));
		if (siteId != null) {
			body.put("siteId", siteId);
		}
		var created = api.post("/api/v1/accounts/" + account + "/documents", body);
		assertThat(created.status()).as("creating %s: %s", number, created).isEqualTo(201);
	}

	private static List<String> documentsShown(Browser browser) {
		return browser.findAll(By.cssSelector("[data-document]")).stream().map(e -> e.getDomAttribute("data-document")).toList();
	}

	private static void setChecked(Browser browser, String css, boolean checked) {
		if (browser.find(By.cssSelector(css)).isSelected() != checked) {
			browser.click(By.cssSelector(css));
		}
	}

	private static List<String> checkedValues(Browser browser, String css) {
		return browser.findAll(By.cssSelector(css)).stream().filter(WebElement::isSelected)
				.map(e -> e.getDomAttribute("value")).toList();
	}

	/** Waits for the email of an invitation newer than {@code previous}, and answers its link. */
	private String awaitNewLink(String contact, String previous) {
		return Awaitility.await("a new invitation email").atMost(TestSmtp.WAIT)
				.until(() -> TestLinks.portalLink(jdbc, contact, "INVITATION"), link -> !link.equals(previous));
	}

	/** The path of a link from an email, to open on the application under test. */
	private static String local(String url) {
		assertThat(url).startsWith(PUBLIC_URL);
		return url.substring(PUBLIC_URL.length());
	}

	/** A name-like tag of capital letters, so that each run's people are new to duplicate detection. */
	private static String letters() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		StringBuilder tag = new StringBuilder();
		for (int i = 0; i < 6; i++) {
			tag.append((char) ('a' + random.nextInt(26)));
		}
		return Character.toUpperCase(tag.charAt(0)) + tag.substring(1);
	}
}
