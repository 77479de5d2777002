package app.clientele.audit;

import static app.clientele.Accessibility.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import app.clientele.Api;
import app.clientele.Browser;
import app.clientele.BrowserTest;
import app.clientele.Browsers;
import app.clientele.IntegrationTest;
import app.clientele.PlainWords;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit page as an ADMIN uses it: reached from the Settings menu, entries of every kind in
 * plain words (no codes, no field names), filtered through its form, accessible at 375 px too.
 */
@BrowserTest
@IntegrationTest
class AuditPageBrowserTests {

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
	void anAdminReadsAndFiltersTheTrailInPlainWords() {
		Api anonymous = new Api(port);
		Api admin = anonymous.as(TestUsers.adminToken(anonymous));
		anonymous.post("/api/v1/auth/token", Map.of("email", TestUsers.ADMIN_EMAIL, "password", "not the password"));
		String before = admin.get("/api/v1/settings").json().get("companyName").asString();
		admin.patch("/api/v1/settings", Map.of("companyName", "Plain Words Co " + TestData.suffix()));
		admin.patch("/api/v1/settings", Map.of("companyName", before));
		admin.post("/api/v1/staff", Map.of("email", "plain-" + TestData.suffix() + "@staff.example.com", "name",
				"Pia Plain", "roles", List.of("SALES"), "password", TestUsers.PASSWORD));
		admin.get("/api/v1/contacts/export.csv");

		Browser browser = browsers.desktop().signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		browser.open("/audit");
		assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Audit trail");
		assertThat(browser.find(By.cssSelector("[data-audit-check]")).getText()).startsWith("The trail is intact");
		assertAccessible(browser);
		PlainWords.assertPlainWords(browser);

		browser.find(By.id("action")).sendKeys("Sign-in refused");
		browser.clickAndLoad(By.cssSelector("[data-audit-filters] button"));
		assertThat(browser.find(By.cssSelector("[data-audit-entries] tbody")).getText()).contains("Sign-in refused")
				.contains("Reason: Wrong password").doesNotContain("Changed the company settings");
		assertThat(browser.find(By.cssSelector("[data-audit-csv]")).getAttribute("href"))
				.contains("/audit/export.csv?action=STAFF_SIGN_IN_FAILED");
		assertAccessible(browser);
		browser.screenshot();
	}
}
