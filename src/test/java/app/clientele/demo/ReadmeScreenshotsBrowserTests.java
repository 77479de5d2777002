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
			try (Browser staff = Browser.start(base, Window.DESKTOP)) {
				staff.signIn(TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD).open("/accounts");
				save(staff, "console-accounts");
				staff.open("/accounts/" + accounts.getFirst().id() + "/contacts");
				save(staff, "console-contacts");
			}
			Matcher login = DemoDataIntegrationTests.LOGIN.matcher(output.getAll().substring(
					output.getAll().indexOf("Demo data added")));
			assertThat(login.find()).isTrue();
			try (Browser customer = Browser.start(base, Window.DESKTOP)) {
				customer.open("/portal/login");
				customer.type(By.id("email"), login.group(1));
				customer.type(By.id("password"), login.group(2));
				customer.clickAndLoad(By.xpath("//main//button[normalize-space()='Sign in']"));
				assertThat(customer.path()).isEqualTo("/portal/");
				save(customer, "portal-home");
			}
		}
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
