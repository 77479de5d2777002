package app.clientele.dashboard;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard at laptop (1280 px) and phone (390 px) width: every block reads, nothing sticks out
 * sideways, and one link of each block leads to the list behind it.
 */
@BrowserTest
@IntegrationTest
class DashboardBrowserTests {

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
	void theDashboardReadsAtBothSizesAndEachBlockLeadsToItsList() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = api.post("/api/v1/accounts", Map.of("name", "Dash Co " + TestData.suffix())).id();
		String last = "Dasher" + TestData.suffix();
		String contact = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Dana", "lastName",
				last, "email", TestData.email("dana"), "marketingOptIn", true, "confirmNotDuplicate", true)).id();
		api.post("/api/v1/contacts/" + contact + "/portal/invitations", null);

		Browser browser = browsers.desktop().signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		browser.open("/");
		assertThat(browser.find(By.cssSelector("[data-block=attention]")).getText()).contains("Login requests waiting");
		assertAccessible(browser);
		browser.screenshot("dashboard-1280");
		atPhoneWidth(browser);
		assertThat(browser.<Number>script("return document.documentElement.scrollWidth;").intValue())
				.as("the dashboard's width on a 390 px phone").isLessThanOrEqualTo(390);
		assertThat(browser.find(By.cssSelector("[data-block=funnel] table")).isDisplayed()).isTrue();
		browser.screenshot("dashboard-390");

		follow(browser, "[data-block=attention] [data-item='dashboard.attention.loginRequests'] a", "/login-requests");
		follow(browser, "[data-block=funnel] [data-bar='dashboard.funnel.invited'] a", "/invited-contacts");
		assertThat(browser.find(By.tagName("main")).getText()).contains("Dana " + last);
		assertAccessible(browser);
		follow(browser, "[data-block=outreach] a[data-link=marketing]", "/marketing");
		follow(browser, "[data-block=activity] a[href='/contacts/" + contact + "']", "/contacts/" + contact);
	}

	private static void follow(Browser browser, String link, String landsOn) {
		browser.open("/");
		browser.clickAndLoad(By.cssSelector(link));
		assertThat(browser.path()).startsWith(landsOn);
	}

	/** 390 px: a common phone, wider than the 375 px every page's own check uses. */
	private static void atPhoneWidth(Browser browser) {
		ChromeDriver chrome = (ChromeDriver) browser.driver();
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 390, "height", 844,
				"screenWidth", 390, "screenHeight", 844, "deviceScaleFactor", 1, "mobile", false));
		browser.waitUntil(d -> browser.<Number>script("return window.innerWidth;").intValue() == 390, "a 390 px window");
	}
}
