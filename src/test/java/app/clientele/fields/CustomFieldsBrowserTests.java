package app.clientele.fields;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An ADMIN defines a select field and a date field on the console's page, fills them on a contact
 * through its form, and sees them on the contact page and in its history, in a real Chromium.
 */
@BrowserTest
@IntegrationTest
class CustomFieldsBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	Api api;
	String suffix;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		suffix = TestData.suffix();
	}

	@AfterEach
	void tearDown() {
		for (var field : api.get("/api/v1/custom-fields").json().get("items")) {
			if (field.get("label").asString().endsWith(suffix)) {
				api.delete("/api/v1/custom-fields/" + field.get("id").asString());
			}
		}
	}

	@Test
	void anAdminDefinesASelectAndADateFieldFillsThemAndSeesThemOnThePageAndInTheHistory() {
		String account = api.post("/api/v1/accounts", Map.of("name", "Fields " + suffix)).id();
		String contact = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Fay", "lastName",
				"Fields" + suffix, "sendWelcomeEmail", false)).id();
		Browser admin = browsers.desktop().signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);

		String tier = define(admin, "Partner tier " + suffix, "SELECT", "Gold\nSilver");
		String renewal = define(admin, "Renewal date " + suffix, "DATE", "");
		assertThat(admin.find(By.cssSelector("table[data-fields=CONTACT]")).getText()).contains("Partner tier " + suffix,
				"Renewal date " + suffix, "Single select", "Date");
		assertAccessible(admin);

		admin.open("/contacts/" + contact + "/edit");
		new Select(admin.find(By.id("cf-" + tier))).selectByVisibleText("Gold");
		admin.script("arguments[0].value = '2027-01-31';", admin.find(By.id("cf-" + renewal)));
		assertAccessible(admin);
		admin.clickAndLoad(By.xpath("//button[normalize-space()='Save contact']"));

		String summary = admin.waitFor(By.cssSelector("[data-region=summary] dl.custom-values")).getText();
		assertThat(summary).contains("Partner tier " + suffix, "Gold", "Renewal date " + suffix, "2027-01-31");
		String history = admin.waitFor(By.cssSelector("#timeline ol.timeline")).getText();
		assertThat(history).contains("Partner tier " + suffix + ": — → Gold", "Renewal date " + suffix + ": — → 2027-01-31");
		assertAccessible(admin);
		admin.assertNoConsoleErrors();
	}

	/** Adds a field on the console's page and answers its key (made from the label). */
	private static String define(Browser admin, String label, String type, String options) {
		admin.open("/custom-fields");
		new Select(admin.find(By.id("type"))).selectByValue(type);
		admin.type(By.id("label"), label);
		if (!options.isEmpty()) {
			admin.type(By.id("options"), options);
		}
		admin.clickAndLoad(By.xpath("//button[normalize-space()='Add field']"));
		assertThat(admin.find(By.cssSelector("[data-flash]")).getText()).contains(label);
		return CustomFieldRules.keyFrom(label);
	}
}
