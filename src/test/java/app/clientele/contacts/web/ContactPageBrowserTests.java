package app.clientele.contacts.web;

import static app.clientele.Accessibility.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.Browser;
import app.clientele.Browser.Window;
import app.clientele.BrowserTest;
import app.clientele.Browsers;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The contact page and the add-contact form in a real Chromium, at 1280 and at 390 px: the three
 * regions, the Actions menu by keyboard, archive and Undo, portal options only once access is
 * ticked, and the duplicate warning's two choices.
 */
@BrowserTest
@IntegrationTest
class ContactPageBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	Api api;
	String account;
	String accountName;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		accountName = "Northwind " + TestData.suffix();
		account = api.post("/api/v1/accounts", Map.of("name", accountName)).id();
	}

	@Test
	void theContactPageShowsSummaryTimelineAndSideBySideOnALaptopAndStackedOnAPhone() {
		String email = TestData.email("regions");
		String contact = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Rhea", "lastName",
				"Regions" + TestData.suffix(), "email", email, "phones", List.of(Map.of("type", "WORK", "number", TestData.phone())),
				"sendWelcomeEmail", false)).id();
		api.post("/api/v1/contacts/" + contact + "/comments", Map.of("text", "Asked for a call back"));
		Browser staff = browsers.desktop().signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		open(staff, contact);
		Rectangle summary = region(staff, "summary");
		Rectangle timeline = region(staff, "timeline");
		Rectangle side = region(staff, "side");
		assertThat(summary.getX()).as("summary left of the timeline").isLessThan(timeline.getX());
		assertThat(timeline.getX() + timeline.getWidth()).as("the timeline left of the side").isLessThanOrEqualTo(side.getX());
		assertThat(timeline.getWidth()).as("the timeline is the widest").isGreaterThan(summary.getWidth()).isGreaterThan(side.getWidth());
		assertThat(staff.find(By.cssSelector("[data-region=summary] [data-email-link]")).getDomAttribute("href")).isEqualTo("mailto:" + email);
		assertThat(staff.find(By.cssSelector("[data-region=summary] [data-phone-link]")).getDomAttribute("href")).startsWith("tel:+1");
		assertThat(staff.find(By.cssSelector("[data-region=summary] [data-account-link]")).getText()).isEqualTo(accountName);
		assertThat(staff.find(By.cssSelector("#timeline li.comment-entry")).getText()).contains("Asked for a call back");
		assertAccessible(staff);

		staff.script("window.clienteleStillHere = true;");
		staff.click(By.cssSelector("#timeline .filters a[data-kind=comments]"));
		staff.waitUntil(d -> staff.find(By.cssSelector("#timeline .filters a[data-kind=comments]")).getDomAttribute("aria-current") != null,
				"the Comments filter to be the current one");
		assertThat(staff.findAll(By.cssSelector("#timeline ol.timeline > li[data-kind]"))).extracting(e -> e.getDomAttribute("data-kind"))
				.containsOnly("comments");
		assertThat(staff.<Boolean>script("return window.clienteleStillHere === true;")).as("filtered without a page load").isTrue();
		staff.screenshot();

		staff.resize(Window.LARGE_PHONE);
		open(staff, contact);
		summary = region(staff, "summary");
		timeline = region(staff, "timeline");
		side = region(staff, "side");
		assertThat(summary.getY() + summary.getHeight()).as("on a phone the summary comes first").isLessThanOrEqualTo(timeline.getY());
		assertThat(timeline.getY() + timeline.getHeight()).as("then the timeline, then the side").isLessThanOrEqualTo(side.getY());
		assertThat(staff.<Number>script("return document.documentElement.scrollWidth;").longValue()).isLessThanOrEqualTo(390);
		staff.screenshot("ContactPageBrowserTests.contactPage-390");
		staff.assertNoConsoleErrors();
	}

	@Test
	void theActionsMenuWorksByKeyboardAndArchiveOffersUndo() {
		String contact = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Kai", "lastName",
				"Keys" + TestData.suffix(), "sendWelcomeEmail", false)).id();
		for (Window window : List.of(Window.DESKTOP, Window.LARGE_PHONE)) {
			Browser staff = browsers.open(window).signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
			open(staff, contact);
			WebElement button = staff.find(By.id("contact-actions"));
			assertThat(staff.find(By.id("contact-actions-menu")).isDisplayed()).as("the menu starts closed").isFalse();
			staff.script("arguments[0].focus();", button);
			staff.press(Keys.ENTER);
			assertThat(button.getDomAttribute("aria-expanded")).isEqualTo("true");
			assertThat(focused(staff)).isEqualTo("Move to another account…");
			staff.press(Keys.ARROW_DOWN);
			assertThat(focused(staff)).isEqualTo("Archive");
			staff.press(Keys.ESCAPE);
			assertThat(staff.find(By.id("contact-actions-menu")).isDisplayed()).as("Escape closes the menu").isFalse();
			assertThat(staff.<String>script("return document.activeElement.id;")).as("and gives the focus back").isEqualTo("contact-actions");
			staff.press(Keys.ARROW_DOWN).press(Keys.ARROW_DOWN);
			assertThat(focused(staff)).isEqualTo("Archive");
			staff.loadsAPage(() -> staff.press(Keys.ENTER));

			WebElement said = staff.waitFor(By.cssSelector("[data-flash]"));
			assertThat(said.getDomAttribute("role")).isEqualTo("status");
			assertThat(said.getText()).contains("archived");
			assertThat(staff.find(By.tagName("h1")).getText()).contains("Archived");
			assertThat(api.get("/api/v1/contacts/" + contact).json().get("active").asBoolean()).isFalse();
			staff.clickAndLoad(By.cssSelector("[data-undo] button"));
			assertThat(staff.waitFor(By.cssSelector("[data-flash]")).getText()).endsWith("restored.");
			assertThat(staff.find(By.tagName("h1")).getText()).contains("Active");
			assertThat(api.get("/api/v1/contacts/" + contact).json().get("active").asBoolean()).isTrue();
			assertAccessible(staff);
			staff.assertNoConsoleErrors();
		}
	}

	@Test
	void theAddFormShowsPortalOptionsOnlyOnceAccessIsTicked() {
		for (Window window : List.of(Window.DESKTOP, Window.LARGE_PHONE)) {
			Browser staff = browsers.open(window).signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
			staff.open("/accounts/" + account + "/contacts");
			openAddContact(staff);
			assertThat(staff.find(By.cssSelector("#add-contact [data-portal-options]")).isDisplayed())
					.as("no modules or 'send now' while access is off").isFalse();
			assertThat(staff.find(By.cssSelector("#add-contact details.more")).getDomProperty("open")).isEqualTo("false");
			staff.click(By.cssSelector("#add-contact input[name=portalEnabled]"));
			assertThat(staff.find(By.cssSelector("#add-contact [data-portal-options]")).isDisplayed()).isTrue();
			assertThat(staff.find(By.cssSelector("#add-contact input[name=portalSendInvite]")).isDisplayed()).isTrue();
			assertThat(staff.find(By.cssSelector("label[for='phones[0].number']")).getText()).isEqualTo("Phone number 1");
			assertAccessible(staff);
			staff.click(By.cssSelector("#add-contact input[name=portalEnabled]"));
			assertThat(staff.find(By.cssSelector("#add-contact [data-portal-options]")).isDisplayed()).isFalse();
		}
	}

	@Test
	void theDuplicateWarningOffersToOpenTheContactOrToSaveADifferentPerson() {
		String last = "Anders" + TestData.suffix();
		String maria = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Maria", "lastName", last,
				"sendWelcomeEmail", false)).id();
		for (Window window : List.of(Window.DESKTOP, Window.LARGE_PHONE)) {
			Browser staff = browsers.open(window).signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
			refusedAsDuplicate(staff, last);
			WebElement choices = staff.find(By.cssSelector("[data-duplicate-choices]"));
			assertThat(choices.getText()).contains("Same name as Maria " + last + " (" + accountName + ")")
					.contains("Open that contact").contains("It's a different person, save");
			assertThat(staff.<Boolean>script("return document.activeElement === arguments[0];", choices))
					.as("the focus is on the warning").isTrue();
			assertThat(choices.getLocation().getY()).as("next to the top of the form")
					.isLessThan(staff.find(By.id("lastName")).getLocation().getY());
			assertAccessible(staff);
			staff.clickAndLoad(By.cssSelector("[data-open-duplicate]"));
			assertThat(staff.path()).isEqualTo("/contacts/" + maria);
		}
		Browser staff = browsers.desktop().signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		refusedAsDuplicate(staff, last);
		staff.clickAndLoad(By.cssSelector("[data-confirm-different]"));
		assertThat(staff.path()).matches("/contacts/[0-9a-f-]{36}\\?created").doesNotContain(maria);
		assertThat(staff.waitFor(By.cssSelector("[data-flash]")).getText()).isEqualTo("Maria " + last + " saved.");
	}

	/** Adds a second Maria with the same name through the modal: the save is refused as a likely duplicate. */
	private void refusedAsDuplicate(Browser staff, String last) {
		staff.open("/accounts/" + account + "/contacts");
		openAddContact(staff);
		staff.type(By.cssSelector("#add-contact #firstName"), "Maria");
		staff.type(By.cssSelector("#add-contact #lastName"), last);
		staff.clickAndLoad(By.xpath("//dialog[@id='add-contact']//button[normalize-space()='Save contact']"));
		staff.waitFor(By.cssSelector("[data-duplicate-choices]"));
	}

	private static void openAddContact(Browser staff) {
		staff.click(By.cssSelector("a[data-open-dialog=add-contact]"));
		staff.waitUntil(d -> staff.<Boolean>script("return document.getElementById('add-contact').open;"),
				"the Add contact dialog to open");
	}

	private static void open(Browser staff, String contact) {
		staff.open("/contacts/" + contact);
		staff.waitFor(By.id("portal-section"));
		staff.waitFor(By.id("timeline"));
	}

	private static Rectangle region(Browser staff, String name) {
		return staff.find(By.cssSelector("[data-region=" + name + "]")).getRect();
	}

	private static String focused(Browser staff) {
		return staff.<String>script("return document.activeElement.textContent.trim();");
	}
}
