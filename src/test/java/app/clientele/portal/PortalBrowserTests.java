package app.clientele.portal;

import static app.clientele.Accessibility.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import app.clientele.Api;
import app.clientele.Browser;
import app.clientele.BrowserTest;
import app.clientele.Browsers;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal as a customer uses it, at a laptop's 1280 px and a phone's 390 px: activating lands
 * signed in on a home that shows the amount due, a document opens to its page, the menu folds
 * behind a button on the phone, and lists of documents become cards that keep due date and amount.
 */
@BrowserTest
@IntegrationTest
class PortalBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

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

	@AfterEach
	void forgetThrottling() {
		jdbc.sql("DELETE FROM sign_in_failure").update();
	}

	@Test
	void activatingLandsSignedInOnAHomeShowingTheAmountDueAndADocumentOpensToItsPage() {
		String invoice = invoice("1999.99", "2031-01-31");
		String id = portal.invitedContact(account);
		String email = api.get("/api/v1/contacts/" + id).json().get("email").asString();

		Browser customer = browsers.desktop();
		customer.open("/portal/activate?token=" + portal.token(id, "INVITATION"));
		assertThat(customer.find(By.id("sign-in-email")).getDomProperty("value")).isEqualTo(email);
		assertAccessible(customer);
		customer.type(By.id("password"), PortalTestSupport.PASSWORD);
		customer.clickAndLoad(By.xpath("//button[normalize-space()='Activate my access']"));
		assertThat(customer.path()).isEqualTo("/portal/?activated");
		assertThat(customer.find(By.cssSelector("[data-amount-due]")).getText()).contains("USD 1,999.99");
		assertThat(customer.find(By.cssSelector("[data-next-due] time")).getDomAttribute("datetime")).isEqualTo("2031-01-31");
		assertThat(customer.find(By.cssSelector("[data-module=INVOICES]")).getText()).contains("1 invoice");
		assertThat(customer.find(By.cssSelector(".menu-toggle")).isDisplayed()).as("no menu button on a laptop").isFalse();
		assertThat(customer.find(By.linkText("Profile")).isDisplayed()).isTrue();
		assertAccessible(customer);

		customer.clickAndLoad(By.cssSelector("[data-module=INVOICES]"));
		customer.clickAndLoad(By.linkText(invoice));
		assertThat(customer.find(By.cssSelector("[data-document-detail] [data-amount]")).getText()).isEqualTo("USD 1,999.99");
		assertAccessible(customer);
		customer.screenshot();
	}

	@Test
	void onAPhoneTheMenuFoldsBehindAButtonAndDocumentsShowAsCardsWithDueDateAndAmount() {
		String invoice = invoice("250.00", "2031-06-30");
		PortalTestSupport.Active active = portal.activeContact(account);
		Browser phone = browsers.open(Browser.Window.LARGE_PHONE);
		phone.open("/portal/login");
		phone.type(By.id("email"), active.email());
		phone.type(By.id("password"), PortalTestSupport.PASSWORD);
		phone.clickAndLoad(By.xpath("//main//button[normalize-space()='Sign in']"));
		assertThat(phone.path()).isEqualTo("/portal/");
		assertThat(phone.viewportWidth()).isEqualTo(390);

		WebElement toggle = phone.find(By.cssSelector(".menu-toggle"));
		assertThat(toggle.isDisplayed()).isTrue();
		assertThat(phone.find(By.id("portal-menu")).isDisplayed()).as("the menu is folded").isFalse();
		phone.click(By.cssSelector(".menu-toggle"));
		assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
		assertThat(phone.find(By.linkText("Profile")).isDisplayed()).isTrue();
		assertAccessible(phone);
		phone.press(Keys.ESCAPE);
		assertThat(phone.find(By.id("portal-menu")).isDisplayed()).as("Esc folds it again").isFalse();
		phone.click(By.cssSelector(".menu-toggle"));
		phone.clickAndLoad(By.linkText("Profile"));
		assertThat(phone.path()).isEqualTo("/portal/profile");

		phone.open("/portal/documents?type=INVOICES");
		WebElement card = phone.find(By.cssSelector("[data-document='" + invoice + "']"));
		assertThat(card.getCssValue("display")).as("a row shows as a card").isEqualTo("block");
		assertThat(phone.find(By.cssSelector(".cards-small thead")).getRect().getHeight()).isLessThanOrEqualTo(1);
		WebElement due = card.findElement(By.cssSelector("[data-due]"));
		WebElement amount = card.findElement(By.cssSelector("[data-amount]"));
		assertThat(due.isDisplayed()).isTrue();
		assertThat(due.getText()).contains("2031-06-30");
		assertThat(amount.isDisplayed()).isTrue();
		assertThat(amount.getText()).contains("USD 250.00");
		assertThat(card.getRect().getWidth()).as("the card fits the phone").isLessThanOrEqualTo(390);
		assertAccessible(phone);
		phone.screenshot();

		phone.resize(Browser.Window.DESKTOP);
		assertThat(card.getCssValue("display")).as("a table row again on a laptop").isEqualTo("table-row");
		assertThat(phone.find(By.linkText("Profile")).isDisplayed()).isTrue();
	}

	private String invoice(String amount, String due) {
		String number = "INV-" + TestData.suffix().toUpperCase();
		var created = api.post("/api/v1/accounts/" + account + "/documents", Map.of("type", "INVOICE", "number", number,
				"title", "Annual service", "amount", new BigDecimal(amount), "currency", "USD", "dueDate", due));
		assertThat(created.status()).as("creating %s: %s", number, created).isEqualTo(201);
		return number;
	}
}
