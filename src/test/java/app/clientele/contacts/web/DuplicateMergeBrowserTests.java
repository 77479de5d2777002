package app.clientele.contacts.web;

import static app.clientele.Accessibility.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import app.clientele.Api;
import app.clientele.Browser;
import app.clientele.BrowserTest;
import app.clientele.Browsers;
import app.clientele.IntegrationTest;
import app.clientele.PlainWords;
import app.clientele.TestData;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A manager walks the duplicate review queue in a real browser (issue 21's "Done when"): finds the
 * duplicates of an account with the progress shown, opens the merge of a pair from the queue,
 * keeps the other side's job title, merges, and undoes the merge from its message.
 */
@BrowserTest
@IntegrationTest
class DuplicateMergeBrowserTests {

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
	void aManagerFindsAPairInTheQueueMergesItWithFieldChoicesAndUndoesTheMerge() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = api.post("/api/v1/accounts", Map.of("name", "Twins " + TestData.suffix())).id();
		String last = "Doublet" + TestData.suffix();
		String phone = TestData.phone();
		String first = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Katarzyna",
				"lastName", last, "jobTitle", "Buyer", "phones", java.util.List.of(Map.of("type", "MOBILE", "number", phone))))
				.id();
		String second = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Katarzina",
				"lastName", last, "jobTitle", "Head of purchasing", "confirmNotDuplicate", true, "phones",
				java.util.List.of(Map.of("type", "MOBILE", "number", phone)))).id();
		TestUsers.token(new Api(port), Role.MANAGER);

		Browser browser = browsers.desktop().signIn("manager@staff.example.com", TestUsers.PASSWORD);
		browser.open("/duplicates?accountId=" + account);
		browser.clickAndLoad(By.cssSelector("[data-find-duplicates] button[type=submit]"));
		browser.waitUntil(d -> "DONE".equals(browser.find(By.cssSelector("[data-scan-progress]")).getDomAttribute(
				"data-status")), "the scan to finish");
		browser.clickAndLoad(By.cssSelector("[data-show-found]"));
		assertThat(browser.find(By.cssSelector("[data-duplicate-pairs]")).getText()).contains("Katarzyna " + last)
				.contains("Katarzina " + last);
		assertAccessible(browser);
		PlainWords.assertPlainWords(browser);

		browser.clickAndLoad(By.cssSelector("[data-duplicate-pairs] [data-merge]"));
		assertThat(browser.path()).contains("/merge?other=");
		assertAccessible(browser);
		PlainWords.assertPlainWords(browser);
		browser.click(By.cssSelector("[data-field=jobTitle] input[value=OTHER]"));
		browser.clickAndLoad(By.cssSelector("#merge-form button[type=submit]"));

		String survivor = browser.path().substring("/contacts/".length());
		String merged = survivor.equals(first) ? second : first;
		assertThat(api.get("/api/v1/contacts/" + merged).status()).isEqualTo(404);
		String otherTitle = survivor.equals(first) ? "Head of purchasing" : "Buyer";
		assertThat(api.get("/api/v1/contacts/" + survivor).json().get("jobTitle").asString()).isEqualTo(otherTitle);

		browser.clickAndLoad(By.cssSelector("[data-undo] button[type=submit]"));
		assertThat(api.get("/api/v1/contacts/" + merged).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/contacts/" + merged).json().get("firstName").asString()).isIn("Katarzyna",
				"Katarzina");
		assertAccessible(browser);
		PlainWords.assertPlainWords(browser);
	}
}
