package app.clientele.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;

import app.clientele.Browser;
import app.clientele.Browser.Window;
import app.clientele.BrowserTest;
import app.clientele.ClienteleApplication;
import app.clientele.TestUsers;
import app.clientele.accounts.AccountManagement;
import app.clientele.accounts.AccountSummary;
import app.clientele.contacts.Contact;
import app.clientele.contacts.ContactManagement;
import app.clientele.platform.PageRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The README's pictures, taken of the demo company on every run so that they show the app as it
 * is: saved to {@code target/screenshots/}, and over the committed ones in {@code docs/} with
 * {@code -Dreadme.screenshots=true}.
 */
@BrowserTest
@ExtendWith(OutputCaptureExtension.class)
class ReadmeScreenshotsBrowserTests {

	static final Path DOCS = Path.of("docs");

	@Test
	void picturesTheConsoleAndThePortalOfTheDemoCompany(CapturedOutput output) throws IOException {
		try (ConfigurableApplicationContext app = new SpringApplication(ClienteleApplication.class).run("--server.port=0",
				"--spring.main.banner-mode=off", "--clientele.test.no-smtp=true", "--clientele.demo=true",
				"--clientele.admin-email=" + TestUsers.ADMIN_EMAIL, "--clientele.admin-password=" + TestUsers.ADMIN_PASSWORD,
				"--clientele.public-url=https://clientele.test")) {
			String base = "http://localhost:" + app.getEnvironment().getRequiredProperty("local.server.port");
			List<AccountSummary> accounts = app.getBean(AccountManagement.class).search("Harbour", PageRequest.first(1))
					.items();
			Contact maria = app.getBean(ContactManagement.class).search("Santos", false, PageRequest.first(1)).items()
					.getFirst();
			try (Browser staff = Browser.start(base, Window.DESKTOP)) {
				staff.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).open("/accounts");
				save(staff, "console-accounts");
				staff.open("/accounts/" + accounts.getFirst().id() + "/contacts");
				save(staff, "console-contacts");
			}
			// The contact page, the dashboard and the portal's home, on a laptop and on a phone.
			for (Window size : List.of(Window.DESKTOP, Window.LARGE_PHONE)) {
				String suffix = size == Window.DESKTOP ? "-laptop" : "-phone";
				try (Browser staff = Browser.start(base, size)) {
					staff.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).open("/");
					save(staff, "console-dashboard" + suffix);
					staff.open("/contacts/" + maria.id());
					save(staff, "console-contact" + suffix);
				}
				try (Browser customer = portalSignIn(base, size, output)) {
					save(customer, size == Window.DESKTOP ? "portal-home" : "portal-home-phone");
				}
			}
		}
	}

	private static Browser portalSignIn(String base, Window size, CapturedOutput output) {
		Matcher login = DemoDataIntegrationTests.LOGIN.matcher(output.getAll().substring(
				output.getAll().indexOf("Demo data added")));
		assertThat(login.find()).isTrue();
		Browser customer = Browser.start(base, size);
		customer.open("/portal/login");
		customer.type(By.id("email"), login.group(1));
		customer.type(By.id("password"), login.group(2));
		customer.clickAndLoad(By.xpath("//main//button[normalize-space()='Sign in']"));
		assertThat(customer.path()).isEqualTo("/portal/");
		return customer;
	}

	private static void save(Browser browser, String name) throws IOException {
		Path shot = browser.screenshot("readme-" + name);
		assertThat(Files.size(shot)).isPositive();
		if (Boolean.getBoolean("readme.screenshots")) {
			Files.createDirectories(DOCS);
			Files.copy(shot, DOCS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
