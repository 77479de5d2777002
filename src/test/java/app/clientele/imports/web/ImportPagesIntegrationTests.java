package app.clientele.imports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import app.clientele.staff.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The console's import over plain HTTP: the upload form, the mapping screen, the import's page
 * while it runs and after, "Import now" after a dry run, the problem rows, the undo, the history
 * and the menu entry.
 */
@IntegrationTest
class ImportPagesIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFileThatCannotBeReadIsShownOnTheFormNeverAsAServerError() {
		Console console = admin();
		HttpResponse<String> none = console.upload("/imports/uploads", "empty.csv", new byte[0], Map.of());
		assertThat(none.statusCode()).isEqualTo(200);
		assertThat(none.body()).contains("Choose a file to upload.").contains("aria-invalid=\"true\"");
		HttpResponse<String> encoding = console.upload("/imports/uploads", "contacts.csv",
				"First name;Last name\nAda;Lovelace\n".getBytes(StandardCharsets.UTF_8), Map.of("encoding", "klingon"));
		assertThat(encoding.statusCode()).isEqualTo(200);
		assertThat(encoding.body()).contains("id=\"encoding-error\"").contains("is not an encoding we know");
		byte[] picture = new byte[4096];
		new java.util.Random(7).nextBytes(picture);
		HttpResponse<String> binary = console.upload("/imports/uploads", "photo.png", picture, Map.of());
		assertThat(binary.statusCode()).as("a picture instead of a spreadsheet").isEqualTo(200);
		assertThat(binary.body()).contains("id=\"file-error\">File is not a text file we can read");
		HttpResponse<String> noFile = console.submit("/imports/uploads", Map.of());
		assertThat(noFile.statusCode()).isEqualTo(200);
		assertThat(noFile.body()).contains("Choose a file to upload.");
	}

	@Test
	void aWindows1252FileIsReadWithItsAccentsWhetherDetectedOrChosen() {
		Console console = admin();
		byte[] latin = "Prénom;Nom;E-mail\nJosé;Müller;jose@example.com\n".getBytes(Charset.forName("windows-1252"));
		for (String encoding : List.of("", "windows-1252")) {
			HttpResponse<String> uploaded = console.upload("/imports/uploads", "latin.csv", latin, Map.of("encoding", encoding));
			assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
			String screen = console.get(uploaded.headers().firstValue("Location").orElseThrow()).body();
			assertThat(screen).as("read as %s", encoding.isEmpty() ? "detected" : encoding).contains(">Prénom</label>");
			assertThat(selected(screen, 0)).isEqualTo("firstName");
			assertThat(selected(screen, 1)).isEqualTo("lastName");
		}
	}

	@Test
	void aVCardsColumnsAreShownByTheirLabels() {
		Console console = admin();
		String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lovelace;Ada;;;\r\nFN:Ada Lovelace\r\nEMAIL:ada@example.com\r\n"
				+ "TEL;TYPE=CELL:+12125550100\r\nEND:VCARD\r\n";
		HttpResponse<String> uploaded = console.upload("/imports/uploads", "ada.vcf", card.getBytes(StandardCharsets.UTF_8),
				Map.of());
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		String screen = console.get(uploaded.headers().firstValue("Location").orElseThrow()).body();
		assertThat(screen).contains(">First name</label>").contains(">Mobile phone</label>")
				.doesNotContain(">firstName</label>").doesNotContain(">phone.MOBILE</label>");
		assertThat(selected(screen, 0)).isEqualTo("firstName");
	}

	@Test
	void theMappingScreenProposesFieldsAndRefusesAMappingWithoutANameInPlainWords() {
		Console console = admin();
		String upload = upload(console, "Vorname;Nachname;E-mail;Mobile;Firma;Whatever\nAda;Lovelace;ada@example.com;;X;y\n");
		String screen = console.get("/imports/uploads/" + upload).body();
		assertThat(screen).contains("1 row").contains("Leave out").contains("Mobile phone").contains("Account name");
		assertThat(selected(screen, 0)).isEqualTo("firstName");
		assertThat(selected(screen, 2)).isEqualTo("email");
		assertThat(selected(screen, 3)).isEqualTo("phone.MOBILE");
		assertThat(selected(screen, 4)).isEqualTo("accountName");
		assertThat(selected(screen, 5)).isEmpty();

		HttpResponse<String> refused = console.submit("/imports/uploads/" + upload, Map.of("field.0", "", "field.1", "",
				"field.2", "email", "dryRun", "true"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Set a column to First name or Last name");
		HttpResponse<String> twice = console.submit("/imports/uploads/" + upload, Map.of("field.0", "firstName",
				"field.1", "firstName", "dryRun", "true"));
		assertThat(twice.body()).contains("Several columns are set to First name");
		HttpResponse<String> unknown = console.submit("/imports/uploads/" + upload, Map.of("field.0", "firstName",
				"field.5", "shoeSize", "dryRun", "true"));
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(unknown.body()).as("the import's own refusal, shown on the form").contains("class=\"alert error\"")
				.contains("which is no field of a contact");
		assertThat(jdbc.sql("SELECT count(*) FROM contact_import WHERE upload_id = CAST(:u AS uuid)").param("u", upload)
				.query(Long.class).single()).isZero();
	}

	@Test
	void aDryRunListsProblemsAndDuplicatesThenImportNowImportsAndUndoRemovesTheContacts() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		String company = "Imported Pages Ltd " + TestData.suffix();
		String account = api.post("/api/v1/accounts", Map.of("name", company)).id();
		String known = TestData.email("known");
		String knownName = "Known" + TestData.suffix();
		String existing = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Kim", "lastName",
				knownName, "email", known)).id();
		String last = "Paged" + TestData.suffix();
		Console console = admin();
		String upload = upload(console, "First name;Last name;E-mail;Mobile;Company\n"
				+ "Zoë;" + last + ";" + TestData.email("zoe") + ";" + TestData.phone() + ";" + company + "\n"
				+ "Bad;Phone" + last + ";" + TestData.email("bad") + ";12;" + company + "\n"
				+ "Kim;Again" + last + ";" + known + ";;" + company + "\n");

		String dryRun = start(console, upload, "true");
		String page = finished(console, dryRun);
		assertThat(page).contains("Dry run of contacts.csv").contains("Would be created").contains("Import now")
				.contains("welcome email").doesNotContain("Undo import");
		assertThat(page).contains("data-problems").contains("Mobile").contains("data-duplicates").contains("Same email")
				.contains("/contacts/" + existing).contains("Kim " + knownName).contains("Skipped").contains("Download problem rows");
		assertThat(contactsNamed(last)).isZero();

		HttpResponse<String> now = console.submit("/imports/" + dryRun + "/import", Map.of());
		assertThat(now.statusCode()).isEqualTo(302);
		String real = now.headers().firstValue("Location").orElseThrow().replaceAll(".*/imports/", "");
		assertThat(real).isNotEqualTo(dryRun);
		assertThat(finished(console, real)).contains("Import of contacts.csv").contains("Undo import")
				.contains("data-confirm=");
		assertThat(contactsNamed(last)).isEqualTo(1);

		HttpResponse<String> problems = console.get("/imports/" + real + "/problems.csv");
		assertThat(problems.statusCode()).isEqualTo(200);
		assertThat(problems.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(problems.body()).contains("error").contains("Phone" + last).doesNotContain("Zoë");

		assertThat(console.submit("/imports/" + real + "/undo", Map.of()).statusCode()).isEqualTo(302);
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
				.until(() -> console.get("/imports/" + real + "/progress").body().contains("data-status=\"UNDONE\""));
		assertThat(console.get("/imports/" + real).body()).contains("This import was undone").doesNotContain("Undo import");
		assertThat(contactsNamed(last)).isZero();
		assertThat(console.get("/imports").body()).contains("/imports/" + real).contains("/imports/" + dryRun)
				.contains("Dry run").contains("Undone");
	}

	@Test
	void aMappingSavedByNameSetsTheColumnsOfTheNextFileIncludingThoseLeftOut() {
		Console console = admin();
		String name = "Monthly shop export " + TestData.suffix();
		String csv = "Vorname;Nachname;Spalte X;Notes\nAda;Saved" + TestData.suffix() + ";Buyer;secret\n";
		String first = upload(console, csv);
		HttpResponse<String> tooLong = console.submit("/imports/uploads/" + first, Map.of("field.0", "firstName",
				"field.1", "lastName", "field.2", "jobTitle", "field.3", "", "saveAs", "x".repeat(101), "dryRun", "true"));
		assertThat(tooLong.statusCode()).isEqualTo(200);
		assertThat(tooLong.body()).contains("id=\"saveAs-error\">Give the saved columns a name of 1 to 100 characters.");
		HttpResponse<String> saved = console.submit("/imports/uploads/" + first, Map.of("field.0", "firstName",
				"field.1", "lastName", "field.2", "jobTitle", "field.3", "", "saveAs", name, "dryRun", "true"));
		assertThat(saved.statusCode()).isEqualTo(302);

		String next = upload(console, csv);
		String screen = console.get("/imports/uploads/" + next).body();
		assertThat(selected(screen, 2)).as("nothing proposed for it").isEmpty();
		assertThat(selected(screen, 3)).as("proposed from its header").isEqualTo("notes");
		var option = java.util.regex.Pattern.compile("<option value=\"([0-9a-f-]{36})\">" + name + "</option>").matcher(screen);
		assertThat(option.find()).as("the saved mapping offered").isTrue();
		String reused = console.get("/imports/uploads/" + next + "?saved=" + option.group(1)).body();
		assertThat(selected(reused, 0)).isEqualTo("firstName");
		assertThat(selected(reused, 2)).isEqualTo("jobTitle");
		assertThat(selected(reused, 3)).as("left out when it was saved").isEmpty();
	}

	/**
	 * A running import's progress asks for itself again every second, with rows done and counts; a
	 * finished one stops asking and carries the results. (A small import finishes before its page
	 * loads, so its job is set back to running here, with a lease no worker takes over.)
	 */
	@Test
	void theProgressPollsEverySecondWhileTheImportRunsAndStopsWithTheResults() {
		Console console = admin();
		String upload = upload(console, "First name;Last name;Mobile\nRita;Running" + TestData.suffix() + ";12\n");
		String id = start(console, upload, "true");
		finished(console, id);
		UUID job = jdbc.sql("SELECT job_id FROM contact_import WHERE id = CAST(:id AS uuid)").param("id", id)
				.query(UUID.class).single();
		jdbc.sql("UPDATE job SET status = 'RUNNING', done = 0, lease_until = now() + interval '1 hour' WHERE id = :job")
				.param("job", job).update();
		String running = console.get("/imports/" + id + "/progress").body();
		assertThat(running).contains("hx-get=\"/imports/" + id + "/progress\"").contains("hx-trigger=\"every 1s\"")
				.contains("Running").contains("0 of 1 rows done").doesNotContain("data-problems");
		jdbc.sql("UPDATE job SET status = 'DONE', done = 1, lease_until = NULL WHERE id = :job").param("job", job).update();
		String done = console.get("/imports/" + id + "/progress").body();
		assertThat(done).doesNotContain("hx-trigger").doesNotContain("hx-get").contains("Done").contains("1 of 1 rows done")
				.contains("data-problems").contains("Import now");
	}

	@Test
	void theSettingsMenuOffersImportsToAdminsAndManagersOnly() {
		assertThat(admin().get("/contacts").body()).contains("href=\"/imports\"").contains("href=\"/imports/new\"");
		assertThat(as(Role.MANAGER).get("/contacts").body()).contains("href=\"/imports\"").contains("href=\"/imports/new\"")
				.doesNotContain("href=\"/staff\"");
		assertThat(as(Role.SALES).get("/contacts").body()).doesNotContain("href=\"/imports").doesNotContain("settings-menu");
	}

	private Console admin() {
		return Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
	}

	private Console as(Role role) {
		TestUsers.token(new Api(port), role);
		return Console.signIn(port, role.name().toLowerCase() + "@staff.example.com", TestUsers.PASSWORD);
	}

	/** Uploads a UTF-8 file with a byte-order mark through the form and answers the upload's id. */
	private static String upload(Console console, String csv) {
		byte[] text = csv.getBytes(StandardCharsets.UTF_8);
		byte[] bom = new byte[text.length + 3];
		bom[0] = (byte) 0xEF;
		bom[1] = (byte) 0xBB;
		bom[2] = (byte) 0xBF;
		System.arraycopy(text, 0, bom, 3, text.length);
		HttpResponse<String> uploaded = console.upload("/imports/uploads", "contacts.csv", bom, Map.of("encoding", ""));
		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
		return uploaded.headers().firstValue("Location").orElseThrow().replaceAll(".*/imports/uploads/", "");
	}

	/** Starts the upload's import with the proposed mapping, as the mapping screen posts it. */
	private static String start(Console console, String upload, String dryRun) {
		String screen = console.get("/imports/uploads/" + upload).body();
		Map<String, String> form = new java.util.HashMap<>(Map.of("onDuplicate", "SKIP", "updateMode", "FILL",
				"dryRun", dryRun));
		for (int i = 0; screen.contains("name=\"field." + i + "\""); i++) {
			form.put("field." + i, selected(screen, i));
		}
		HttpResponse<String> started = console.submit("/imports/uploads/" + upload, form);
		assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
		return started.headers().firstValue("Location").orElseThrow().replaceAll(".*/imports/", "");
	}

	/** Waits until the progress fragment stops polling, and answers the page as it is then. */
	private static String finished(Console console, String id) {
		await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
				.until(() -> !console.get("/imports/" + id + "/progress").body().contains("hx-trigger"));
		return console.get("/imports/" + id).body();
	}

	/** The field chosen in the select of column {@code index}: blank when the column is left out. */
	private static String selected(String screen, int index) {
		String select = screen.substring(screen.indexOf("name=\"field." + index + "\""));
		select = select.substring(0, select.indexOf("</select>"));
		var m = java.util.regex.Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(select);
		return m.find() ? m.group(1) : "";
	}

	private long contactsNamed(String last) {
		return jdbc.sql("SELECT count(*) FROM contact WHERE last_name LIKE :l").param("l", "%" + last)
				.query(Long.class).single();
	}
}
