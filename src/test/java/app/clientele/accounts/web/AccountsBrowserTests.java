package app.clientele.accounts.web;

import static app.clientele.Accessibility.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import app.clientele.Browser;
import app.clientele.BrowserTest;
import app.clientele.Browsers;
import app.clientele.IntegrationTest;
import app.clientele.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A staff member sets up a customer account in the console, in a real Chromium. */
@BrowserTest
@IntegrationTest
class AccountsBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@Test
	void staffCreatesAnAccountAddsSitesAndFindsItWithTheLiveSearch() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		// One long word, as company names in German often are: it must wrap, not push the page wider.
		String name = "Sanitärinstallationsgesellschaft " + tag;
		Browser browser = browsers.desktop();

		browser.open("/login");
		assertAccessible(browser);
		browser.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Dashboard");
		assertAccessible(browser);

		browser.clickAndLoad(By.cssSelector("nav[aria-label=Main] a[href='/accounts']"));
		assertAccessible(browser);
		browser.clickAndLoad(By.linkText("New account"));
		assertThat(browser.path()).isEqualTo("/accounts/new");
		assertAccessible(browser);

		browser.clickAndLoad(By.xpath("//button[normalize-space()='Create account']"));
		WebElement nameField = browser.find(By.id("name"));
		assertThat(browser.<String>script("return document.activeElement.id;")).as("the field with the focus").isEqualTo("name");
		WebElement nameError = browser.waitFor(By.id("name-error"));
		assertThat(nameError.getText()).isEqualTo("Name is required");
		assertThat(nameField.getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(nameField.getDomAttribute("aria-describedby")).contains("name-error");
		assertThat(browser.<Boolean>script("return arguments[0].closest('.field').contains(arguments[1]);", nameField,
				nameError)).as("the error sits in the name field's own box").isTrue();
		assertThat(nameError.getLocation().getY()).as("the error is right under the field")
				.isGreaterThanOrEqualTo(nameField.getLocation().getY() + nameField.getSize().getHeight());
		assertAccessible(browser);

		browser.type(By.id("name"), name);
		browser.press(Keys.TAB).press("N-" + tag);
		browser.loadsAPage(() -> browser.press(Keys.ENTER));
		assertThat(browser.path()).matches("/accounts/[0-9a-f-]{36}");
		String accountPath = browser.path();
		assertThat(browser.find(By.tagName("h1")).getText()).contains(name).contains("Active");
		assertAccessible(browser);

		browser.clickAndLoad(By.cssSelector("nav.tabs a[href$='/sites']"));
		assertThat(browser.path()).isEqualTo(accountPath + "/sites");
		assertThat(browser.find(By.cssSelector("nav.tabs [aria-current=page]")).getText()).isEqualTo("Sites");
		addSite(browser, "Downtown", "225 Rice St\nSaint Paul");
		addSite(browser, "Warehouse", "1 Dock Rd");
		assertThat(browser.findAll(By.cssSelector("main tbody tr td:first-child")))
				.extracting(WebElement::getText).containsExactly("Downtown", "Warehouse");
		assertThat(browser.find(By.cssSelector("main tbody tr td.address")).getText())
				.as("an address keeps its lines").isEqualTo("225 Rice St\nSaint Paul");
		assertAccessible(browser);

		browser.clickAndLoad(By.cssSelector("nav[aria-label=Main] a[href='/accounts']"));
		browser.script("window.clienteleStillHere = true;");
		long historyBefore = browser.<Number>script("return history.length;").longValue();
		browser.type(By.id("q"), tag);
		browser.waitUntil(d -> browser.findAll(By.cssSelector("#results tbody tr")).size() == 1
				&& browser.find(By.cssSelector("#results tbody")).getText().contains(name), "the results to show only " + name);
		assertThat(browser.<Boolean>script("return window.clienteleStillHere === true;"))
				.as("the results changed without loading a page").isTrue();
		browser.waitUntil(d -> browser.path().equals("/accounts?q=" + tag), "the address to carry the search");
		assertThat(browser.<Number>script("return history.length;").longValue())
				.as("typing a search leaves no trail of history entries for Back to step through").isEqualTo(historyBefore);
		assertAccessible(browser);
		browser.screenshot();

		browser.clickAndLoad(By.linkText(name));
		assertThat(browser.path()).isEqualTo(accountPath);
		assertThat(browser.find(By.cssSelector("dl.props")).getText()).contains("Sites\n2");

		browser.loadsAPage(() -> browser.driver().navigate().back());
		assertThat(browser.path()).as("Back returns to the search").isEqualTo("/accounts?q=" + tag);
		assertThat(browser.find(By.id("q")).getDomProperty("value")).isEqualTo(tag);
		assertThat(browser.findAll(By.cssSelector("#results tbody tr"))).hasSize(1);
		browser.assertNoConsoleErrors();
	}

	private static void addSite(Browser browser, String site, String address) {
		browser.type(By.id("name"), site);
		browser.type(By.id("address"), address);
		browser.clickAndLoad(By.xpath("//button[normalize-space()='Add site']"));
		browser.waitFor(By.xpath("//main//td[normalize-space()='" + site + "']"));
	}
}
