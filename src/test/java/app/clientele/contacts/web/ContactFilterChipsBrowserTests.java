package app.clientele.contacts.web;

import static app.clientele.Accessibility.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import app.clientele.Api;
import app.clientele.Browser;
import app.clientele.BrowserTest;
import app.clientele.Browsers;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A person narrows the contacts list with filter chips and widens it again, as issue 23 asks. */
@BrowserTest
@IntegrationTest
class ContactFilterChipsBrowserTests {

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
	void addsAFilterAsAChipAndRemovesIt() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = api.post("/api/v1/accounts", Map.of("name", "Chip Co " + TestData.suffix())).id();
		String last = "Chipper" + TestData.suffix().replaceAll("[0-9]", "k");
		create(api, account, "Lena", last, "stage", "LEAD");
		create(api, account, "Carl", last, "stage", "CLIENT", "email", TestData.email("carl"));

		Browser browser = browsers.desktop().signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		browser.open("/contacts?q=" + last);
		assertThat(browser.find(By.id("results")).getText()).contains("Lena " + last, "Carl " + last);
		browser.click(By.cssSelector(".add-filter summary"));
		new Select(browser.find(By.id("filter-stage"))).selectByVisibleText("Lead");
		browser.clickAndLoad(By.xpath("//select[@id='filter-stage']/following-sibling::button"));

		assertThat(browser.path()).isEqualTo("/contacts?q=" + last + "&stage=LEAD");
		assertThat(browser.find(By.cssSelector(".chips")).getText()).contains("Stage: Lead");
		assertThat(browser.find(By.id("results")).getText()).contains("Lena " + last).doesNotContain("Carl " + last);
		assertAccessible(browser);

		browser.clickAndLoad(By.cssSelector(".chip-remove"));
		assertThat(browser.path()).isEqualTo("/contacts?q=" + last);
		assertThat(browser.findAll(By.cssSelector(".chip"))).isEmpty();
		assertThat(browser.find(By.id("results")).getText()).contains("Lena " + last, "Carl " + last);
	}

	private static void create(Api api, String account, String first, String last, Object... more) {
		Map<String, Object> body = new HashMap<>(Map.of("firstName", first, "lastName", last, "confirmNotDuplicate", true));
		for (int i = 0; i < more.length; i += 2) {
			body.put((String) more[i], more[i + 1]);
		}
		assertThat(api.post("/api/v1/accounts/" + account + "/contacts", body).status()).isEqualTo(201);
	}
}
