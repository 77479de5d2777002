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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The contact form's rows in a real Chromium: add a third phone, make it primary, add two addresses, save. */
@BrowserTest
@IntegrationTest
class ContactFormRowsBrowserTests {

	@RegisterExtension
	final Browsers browsers = new Browsers();

	@LocalServerPort
	int port;

	static By field(String name) {
		return By.cssSelector("[name='" + name + "']");
	}

	@Test
	void staffAddAThirdPhoneAndTwoAddressesAndSeeThemOnThePage() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String account = api.post("/api/v1/accounts", Map.of("name", "Rows " + TestData.suffix())).id();
		String id = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Rhoda", "lastName",
				"Rows" + TestData.suffix(), "phones", List.of(Map.of("type", "WORK", "number", "+1 212 736 3100"),
						Map.of("type", "HOME", "number", "+1 212 736 3101")), "confirmNotDuplicate", true)).id();
		Browser staff = browsers.open(Window.DESKTOP).signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		staff.open("/contacts/" + id + "/edit");
		assertThat(staff.find(field("phones[0].number")).getDomProperty("value")).isEqualTo("(212) 736-3100");
		staff.type(field("phones[2].number"), "+44 7911 123456");
		new Select(staff.find(field("phones[2].type"))).selectByValue("MOBILE");
		staff.click(By.cssSelector("[data-row]:nth-child(3) [data-row-first]"));
		assertThat(staff.find(field("phones[0].number")).getDomProperty("value")).as("moved to the top, renumbered")
				.isEqualTo("+44 7911 123456");
		assertThat(staff.find(By.cssSelector("label[for='phones[0].number']")).getText()).isEqualTo("Phone number 1");

		staff.type(field("addresses[0].lines"), "Invalidenstraße 116");
		staff.type(field("addresses[0].postcode"), "10115");
		staff.type(field("addresses[0].city"), "Berlin");
		staff.type(field("addresses[0].country"), "Germany");
		staff.click(By.xpath("//button[text()='Add an address']"));
		new Select(staff.find(field("addresses[1].type"))).selectByValue("SHIPPING");
		WebElement country = staff.find(field("addresses[1].country"));
		assertThat(country.getDomProperty("value")).as("a new row starts empty").isEmpty();
		staff.type(field("addresses[1].lines"), "Dock 4");
		staff.type(field("addresses[1].city"), "Hamburg");
		staff.type(field("addresses[1].country"), "Germany");
		assertAccessible(staff);
		staff.clickAndLoad(By.xpath("//button[text()='Save contact']"));

		assertThat(staff.path()).isEqualTo("/contacts/" + id);
		String summary = staff.find(By.cssSelector("[data-region=summary]")).getText();
		assertThat(summary).contains("+44 7911 123456", "(212) 736-3100", "(212) 736-3101")
				.contains("Invalidenstraße 116, 10115 Berlin, Germany", "Dock 4, Hamburg, Germany");
		JsonNode saved = api.get("/api/v1/contacts/" + id).json();
		assertThat(saved.get("phones").findValuesAsString("e164"))
				.containsExactly("+447911123456", "+12127363100", "+12127363101");
		assertThat(saved.get("addresses").findValuesAsString("type")).containsExactly("WORK", "SHIPPING");
		staff.assertNoConsoleErrors();
	}
}
