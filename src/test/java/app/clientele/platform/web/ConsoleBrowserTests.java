package app.clientele.platform.web;

import static app.clientele.Accessibility.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import app.clientele.Api;
import app.clientele.Browser;
import app.clientele.BrowserTest;
import app.clientele.Browsers;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The console's sign-in and shell in a real Chromium: on a phone, and two people at once. */
@BrowserTest
@IntegrationTest
class ConsoleBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	@Test
	void signInPageAndDashboardWorkOnAPhone() {
		Browser phone = browsers.phone();

		phone.open("/login");
		assertThat(phone.viewportWidth()).isEqualTo(375);
		assertThat(phone.<Boolean>script("return document.activeElement.id === 'username';"))
				.as("the email field has the focus").isTrue();
		assertAccessible(phone);

		phone.type(By.id("username"), "nobody@example.com");
		phone.type(By.id("password"), "not the password");
		phone.clickAndLoad(By.xpath("//button[normalize-space()='Sign in']"));
		assertThat(phone.path()).isEqualTo("/login?error");
		assertThat(phone.waitFor(By.cssSelector("[role=alert]")).getText()).isEqualTo("The email or the password is wrong.");
		phone.forgetConsoleLog();
		assertAccessible(phone);

		phone.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		assertThat(phone.waitFor(By.tagName("h1")).getText()).isEqualTo("Dashboard");
		// The header folds into its Menu button; opened, it shows every link of the bar and Sign out.
		phone.click(By.cssSelector("[data-menu-toggle]"));
		for (WebElement link : phone.findAll(By.cssSelector("nav[aria-label=Main] > a"))) {
			assertThat(link.isDisplayed()).as(link.getText()).isTrue();
		}
		assertThat(phone.find(By.xpath("//button[normalize-space()='Sign out']")).isDisplayed()).isTrue();
		assertAccessible(phone);
		phone.screenshot();
	}

	@Test
	void theAdminPagesWorkWithAKeyboardAndOnAPhone() {
		Browser browser = browsers.desktop().signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		for (String page : new String[] { "/staff", "/settings", "/account-classes" }) {
			browser.open(page);
			assertAccessible(browser);
		}
	}

	@Test
	void twoPeopleSignedInSideBySideEachSeeTheirOwnConsole() {
		TestUsers.token(new Api(port), Role.SALES);
		Browser admin = browsers.desktop().signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		Browser sales = browsers.desktop().signIn("sales@staff.example.com", TestUsers.PASSWORD);

		assertThat(admin.findAll(By.cssSelector("nav[aria-label=Main] a, nav[aria-label=Main] button")))
				.extracting(e -> e.getAttribute("textContent").strip()).contains("Staff", "Settings");
		assertThat(sales.findAll(By.cssSelector("nav[aria-label=Main] a, nav[aria-label=Main] button")))
				.extracting(e -> e.getAttribute("textContent").strip())
				.contains("Dashboard", "Accounts", "Contacts").doesNotContain("Staff", "Settings", "Account classes");
		assertThat(sales.find(By.cssSelector(".who span")).getText()).isEqualTo("Test Sales");

		sales.open("/staff");
		assertThat(sales.find(By.tagName("h1")).getText()).isEqualTo("Forbidden");
		sales.forgetConsoleLog();

		admin.clickAndLoad(By.xpath("//button[normalize-space()='Sign out']"));
		assertThat(admin.path()).isEqualTo("/login?signedOut");
		sales.open("/");
		assertThat(sales.find(By.tagName("h1")).getText()).isEqualTo("Dashboard");
		admin.assertNoConsoleErrors();
		sales.assertNoConsoleErrors();
	}
}
