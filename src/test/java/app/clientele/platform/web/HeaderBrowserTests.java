package app.clientele.platform.web;

import static app.clientele.Accessibility.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import app.clientele.Api;
import app.clientele.Browser;
import app.clientele.BrowserTest;
import app.clientele.Browsers;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's header walked as a person does, at laptop and phone width: daily work in the bar,
 * setup behind the Settings menu, the phone's Menu button, the global search and "New contact".
 */
@BrowserTest
@IntegrationTest
class HeaderBrowserTests {

	private static final By SETTINGS = By.cssSelector("[data-disclosure] > button");
	private static final By SETTINGS_MENU = By.id("settings-menu");
	private static final By MENU = By.cssSelector("[data-menu-toggle]");
	private static final By SEARCH = By.id("global-search");

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	@Test
	void theSettingsMenuOpensAndClosesWithTheKeyboardOnALaptop() {
		Browser admin = browsers.desktop().signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		assertThat(admin.find(MENU).isDisplayed()).as("no Menu button on a laptop").isFalse();
		assertThat(admin.findAll(By.cssSelector("nav[aria-label=Main] > a"))).extracting(WebElement::getText)
				.containsExactly("Dashboard", "Accounts", "Contacts", "Marketing", "Login requests");
		assertThat(oneRow(admin)).as("the header fits one row at 1280 px").isTrue();
		walkTheSettingsMenu(admin);
		assertAccessible(admin);
	}

	@Test
	void theHeaderFoldsIntoAMenuButtonOnAPhone() {
		Browser admin = browsers.phone().signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		WebElement menu = admin.find(MENU);
		assertThat(menu.isDisplayed()).isTrue();
		assertThat(menu.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(admin.find(By.cssSelector("nav[aria-label=Main]")).isDisplayed()).as("the links, folded").isFalse();

		focus(admin, MENU).press(Keys.ENTER);
		assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(admin.find(By.linkText("Contacts")).isDisplayed()).isTrue();
		assertThat(admin.find(SEARCH).isDisplayed()).isTrue();
		admin.press(Keys.TAB).press(Keys.ESCAPE);
		assertThat(menu.getAttribute("aria-expanded")).as("Esc folds the menu again").isEqualTo("false");
		assertThat(admin.<Boolean>script("return document.activeElement === arguments[0];", menu)).isTrue();

		focus(admin, MENU).press(Keys.ENTER);
		walkTheSettingsMenu(admin);
		assertAccessible(admin);
	}

	@Test
	void eachRoleSeesOnlyTheLinksItMayUse() {
		for (Role role : new Role[] { Role.SALES, Role.MARKETEER }) {
			TestUsers.token(new Api(port), role);
			Browser browser = browsers.desktop().signIn(role.name().toLowerCase() + "@staff.example.com", TestUsers.PASSWORD);
			assertThat(browser.findAll(SETTINGS)).as("no Settings menu for %s", role).isEmpty();
			var links = assertThat(browser.findAll(By.cssSelector("nav[aria-label=Main] a"))).extracting(WebElement::getText)
					.contains("Accounts", "Contacts", "Marketing").doesNotContain("Staff", "Mailbox", "Company settings");
			if (role == Role.SALES) {
				links.contains("Login requests");
			}
			else {
				links.doesNotContain("Login requests");
			}
		}
		TestUsers.token(new Api(port), Role.MANAGER);
		Browser manager = browsers.desktop().signIn("manager@staff.example.com", TestUsers.PASSWORD);
		manager.click(SETTINGS);
		assertThat(manager.find(SETTINGS_MENU).findElements(By.tagName("a"))).extracting(WebElement::getText)
				.as("a manager's Settings: imports and duplicates only").containsExactly("Imports", "Duplicates");
	}

	@Test
	void theSearchSuggestsAndEnterOpensTheRecordAtBothSizes() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String word = "Quasar" + TestData.suffix().replaceAll("[^a-z0-9]", "");
		String account = api.post("/api/v1/accounts", Map.of("name", word + " Optics")).id();
		String contact = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Ines",
				"lastName", word, "email", TestData.email("ines"), "confirmNotDuplicate", true)).id();
		for (Browser browser : new Browser[] { browsers.desktop(), browsers.phone() }) {
			browser.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
			if (browser.find(MENU).isDisplayed()) {
				browser.click(MENU);
			}
			browser.type(SEARCH, word.substring(0, 9));
			browser.waitFor(By.cssSelector("#global-search-options [role=option]"));
			WebElement box = browser.find(SEARCH);
			assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
			box.sendKeys(Keys.ESCAPE);
			assertThat(box.getAttribute("aria-expanded")).as("Esc closes the suggestions").isEqualTo("false");
			box.sendKeys(Keys.ARROW_DOWN);
			assertThat(box.getAttribute("aria-activedescendant")).isEqualTo("global-search-contact-0");
			assertThat(browser.find(By.id("global-search-contact-0")).getText()).contains("Ines " + word);
			browser.loadsAPage(() -> box.sendKeys(Keys.ENTER));
			assertThat(browser.path()).isEqualTo("/contacts/" + contact);

			if (browser.find(MENU).isDisplayed()) {
				browser.click(MENU);
			}
			browser.type(SEARCH, word);
			browser.waitFor(By.cssSelector("#global-search-options [role=option]"));
			browser.loadsAPage(() -> browser.find(SEARCH).sendKeys(Keys.ENTER));
			assertThat(browser.path()).as("Enter with nothing chosen opens the results").startsWith("/search?q=");
			assertThat(browser.find(By.cssSelector("main")).getText()).contains("Ines " + word).contains(word + " Optics");
			assertAccessible(browser);
		}
	}

	@Test
	void newContactWithTheAccountPickerCreatesAContact() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String name = "Picked " + TestData.suffix() + " Ltd";
		String account = api.post("/api/v1/accounts", Map.of("name", name)).id();
		TestUsers.token(new Api(port), Role.MARKETEER);
		Browser browser = browsers.desktop().signIn("marketeer@staff.example.com", TestUsers.PASSWORD);
		browser.open("/contacts").clickAndLoad(By.linkText("New contact"));
		assertThat(browser.path()).isEqualTo("/contacts/new");
		browser.type(By.id("new-contact-account-search"), name);
		browser.click(By.xpath("//label[contains(normalize-space(), '" + name + "')]/input[@type='radio']"));
		assertAccessible(browser);
		browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Continue']"));
		assertThat(browser.path()).isEqualTo("/accounts/" + account + "/contacts/new");
		String last = "Picker" + TestData.suffix().replaceAll("[^a-z0-9]", "");
		browser.type(By.id("firstName"), "Nora");
		browser.type(By.id("lastName"), last);
		browser.type(By.id("email"), TestData.email("nora"));
		browser.clickAndLoad(By.xpath("//main//button[normalize-space()='Save contact']"));
		assertThat(browser.path()).matches("/contacts/[0-9a-f-]{36}\\?created");
		assertThat(browser.find(By.tagName("h1")).getText()).contains("Nora " + last);
		assertThat(api.get("/api/v1/accounts/" + account + "/contacts").text()).contains(last);
	}

	@Test
	void anUnknownPageSaysPageNotFoundAndKeepsTheHeader() {
		Browser browser = browsers.phone().signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		browser.open("/no-such-page");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Page not found");
		assertThat(browser.find(MENU).isDisplayed()).isTrue();
		browser.forgetConsoleLog();
		assertAccessible(browser);
	}

	/** Opens Settings from the keyboard, closes it with Esc, opens it again and follows a link. */
	private static void walkTheSettingsMenu(Browser admin) {
		WebElement settings = admin.find(SETTINGS);
		assertThat(settings.getText()).isEqualTo("Settings");
		assertThat(settings.getAttribute("aria-expanded")).isEqualTo("false");
		assertThat(admin.find(SETTINGS_MENU).isDisplayed()).isFalse();
		focus(admin, SETTINGS).press(Keys.ENTER);
		assertThat(settings.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(admin.find(SETTINGS_MENU).findElements(By.tagName("a"))).extracting(WebElement::getText)
				.containsExactly("Account classes", "Custom fields", "Staff", "Email templates", "Mailbox",
						"Company settings", "Audit trail", "Imports", "Duplicates");
		admin.press(Keys.TAB);
		assertThat(admin.<String>script("return document.activeElement.textContent;")).isEqualTo("Account classes");
		admin.press(Keys.ESCAPE);
		assertThat(settings.getAttribute("aria-expanded")).as("Esc closes the menu").isEqualTo("false");
		assertThat(admin.find(SETTINGS_MENU).isDisplayed()).isFalse();
		assertThat(admin.<Boolean>script("return document.activeElement === arguments[0];", settings))
				.as("the focus is back on Settings").isTrue();
		admin.press(Keys.SPACE);
		assertThat(settings.getAttribute("aria-expanded")).isEqualTo("true");
		admin.press(Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB);
		admin.loadsAPage(() -> admin.press(Keys.ENTER));
		assertThat(admin.path()).isEqualTo("/settings");
		assertThat(admin.find(By.tagName("h1")).getText()).as("the link and the page share a name").isEqualTo("Company settings");
	}

	private static Browser focus(Browser browser, By by) {
		browser.script("arguments[0].focus();", browser.find(by));
		return browser;
	}

	/** Whether every part of the header's bar sits on one line. */
	private static boolean oneRow(Browser browser) {
		return browser.<Boolean>script("""
				const tops = [...document.querySelectorAll('header.top .brand, nav[aria-label=Main] > *, #global-search, .who')]
				  .map(el => Math.round(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2));
				return Math.max(...tops) - Math.min(...tops) < 12;
				""");
	}
}
