package app.clientele.imports.web;

import static app.clientele.Accessibility.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A manager imports a messy spreadsheet in a real browser (issue 20's "Done when"): UTF-8 with a
 * byte-order mark, semicolons as Excel writes them in many locales, an accented name, a bad phone
 * and a person already on record; through the mapping screen, a dry run and "Import now", with
 * the progress bar running to the end; then downloads the problem rows and undoes the import.
 */
@BrowserTest
@IntegrationTest
class ContactImportBrowserTests {

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
	void aManagerImportsAMessyFileThroughTheMappingScreenDownloadsTheProblemRowsAndUndoesIt() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String company = "Messy Files GmbH " + TestData.suffix();
		String account = api.post("/api/v1/accounts", Map.of("name", company)).id();
		String known = TestData.email("known");
		String knownName = "Known" + TestData.suffix();
		String existing = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Karl", "lastName",
				knownName, "email", known)).id();
		String last = "Messy" + TestData.suffix();
		Path file = messyFile("Vorname;Nachname;E-mail;Mobile;Firma;Bemerkung\r\n"
				+ "Zoë;" + last + ";" + TestData.email("zoe") + ";" + TestData.phone() + ";" + company + ";\"met at\r\nthe fair\"\r\n"
				+ "Ben;Badphone" + last + ";" + TestData.email("ben") + ";12;" + company + ";\r\n"
				+ "Karl;Again" + last + ";" + known + ";;" + company + ";\r\n");
		TestUsers.token(new Api(port), app.clientele.staff.Role.MANAGER);

		Browser browser = browsers.desktop().signIn("manager@staff.example.com", TestUsers.PASSWORD);
		browser.open("/contacts");
		browser.clickAndLoad(By.cssSelector("[data-import-contacts]"));
		assertThat(browser.path()).isEqualTo("/imports/new");
		assertAccessible(browser);
		browser.find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		browser.clickAndLoad(By.cssSelector("[data-upload-form] button[type=submit]"));

		assertThat(browser.path()).startsWith("/imports/uploads/");
		assertThat(browser.find(By.tagName("main")).getText()).contains("3 rows");
		assertThat(chosen(browser, "E-mail")).isEqualTo("E-mail");
		assertThat(chosen(browser, "Mobile")).isEqualTo("Mobile phone");
		assertThat(chosen(browser, "Firma")).isEqualTo("Account name");
		assertThat(chosen(browser, "Bemerkung")).isEqualTo("Leave out");
		column(browser, "Bemerkung").selectByVisibleText("Notes");
		assertAccessible(browser);
		PlainWords.assertPlainWords(browser);
		browser.screenshot("import-mapping");
		browser.clickAndLoad(By.xpath("//button[normalize-space()='Check (dry run)']"));

		awaitDone(browser);
		assertThat(count(browser, "created")).isEqualTo("1");
		assertThat(count(browser, "skipped")).isEqualTo("1");
		assertThat(count(browser, "failed")).isEqualTo("1");
		assertThat(browser.find(By.cssSelector("[data-problems]")).getText()).contains("Mobile");
		assertThat(browser.find(By.cssSelector("[data-duplicates]")).getText()).contains("Karl " + knownName)
				.contains("Same email").contains("Skipped");
		assertThat(browser.find(By.cssSelector("[data-duplicates] a")).getDomAttribute("href")).isEqualTo("/contacts/" + existing);
		assertThat(browser.find(By.cssSelector("[data-welcome]")).getText()).contains("1 welcome email would go");
		assertAccessible(browser);
		PlainWords.assertPlainWords(browser);
		assertThat(contacts(last)).isZero();
		browser.screenshot("import-dry-run");

		browser.clickAndLoad(By.xpath("//button[normalize-space()='Import now']"));
		awaitDone(browser);
		assertThat(browser.find(By.tagName("h1")).getText()).startsWith("Import of");
		assertThat(contacts(last)).isEqualTo(1);
		assertThat(jdbc.sql("SELECT first_name || '|' || notes FROM contact WHERE last_name = :l").param("l", last)
				.query(String.class).single()).isEqualTo("Zoë|met at\r\nthe fair");

		String href = browser.find(By.cssSelector("[data-problem-rows]")).getDomAttribute("href");
		String csv = browser.script("return fetch(arguments[0]).then(r => r.ok && r.headers.get('Content-Type').startsWith('text/csv') ? r.text() : 'refused ' + r.status);", href);
		assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("Vorname,Nachname,E-mail,Mobile,Firma,Bemerkung,error");
		String start = browser.script("return fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => Array.from(new Uint8Array(b).slice(0, 3)).join(' '));", href);
		assertThat(start).as("the byte-order mark that tells Excel the file is UTF-8").isEqualTo("239 187 191");
		assertThat(csv).contains("Badphone" + last).doesNotContain("Zoë");

		browser.loadsAPage(() -> {
			browser.click(By.xpath("//button[normalize-space()='Undo import']"));
			var confirm = browser.driver().switchTo().alert();
			assertThat(confirm.getText()).startsWith("Undo this import?");
			confirm.accept();
		});
		browser.waitUntil(d -> browser.find(By.cssSelector("[data-import-progress]")).getDomAttribute("data-status")
				.equals("UNDONE"), "the undo to finish");
		assertThat(browser.find(By.cssSelector("[data-undone]")).getText()).startsWith("This import was undone");
		assertThat(browser.findAll(By.xpath("//button[normalize-space()='Undo import']"))).isEmpty();
		assertThat(contacts(last)).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM contact WHERE id = CAST(:id AS uuid)").param("id", existing)
				.query(Long.class).single()).isEqualTo(1);
		assertAccessible(browser);
		PlainWords.assertPlainWords(browser);
		browser.screenshot();

		browser.open("/imports");
		assertThat(browser.find(By.cssSelector("[data-imports]")).getText()).contains("messy.csv").contains("Dry run")
				.contains("Undone");
		assertAccessible(browser);
		PlainWords.assertPlainWords(browser);
	}

	/** Waits for the progress bar, polled every second, to reach the end. */
	private static void awaitDone(Browser browser) {
		browser.waitUntil(d -> "DONE".equals(browser.find(By.cssSelector("[data-import-progress]"))
				.getDomAttribute("data-status")), "the import to finish");
		assertThat(browser.find(By.cssSelector("[data-import-progress] progress")).getDomProperty("value")).isEqualTo("100");
		assertThat(browser.find(By.cssSelector("[data-import-progress] [data-rows]")).getText()).isEqualTo("3 of 3 rows done");
	}

	private static Select column(Browser browser, String header) {
		return new Select(browser.find(By.cssSelector("select[data-column='" + header + "']")));
	}

	private static String chosen(Browser browser, String header) {
		return column(browser, header).getFirstSelectedOption().getText();
	}

	private static String count(Browser browser, String what) {
		return browser.find(By.cssSelector("[data-count=" + what + "]")).getText();
	}

	private long contacts(String last) {
		return jdbc.sql("SELECT count(*) FROM contact WHERE last_name LIKE :l").param("l", "%" + last)
				.query(Long.class).single();
	}

	/** The file as a spreadsheet saves it: UTF-8 with a byte-order mark. */
	private static Path messyFile(String csv) {
		try {
			Path dir = Files.createTempDirectory("clientele-import-");
			Path file = dir.resolve("messy.csv");
			Files.write(file, ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));
			file.toFile().deleteOnExit();
			dir.toFile().deleteOnExit();
			return file;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
