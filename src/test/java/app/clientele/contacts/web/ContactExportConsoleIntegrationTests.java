package app.clientele.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The console's download links carry the filters of the list the page shows, and fetch its file. */
@IntegrationTest
class ContactExportConsoleIntegrationTests {

	private static final Pattern EXPORT = Pattern.compile("href=\"([^\"]*export\\.csv[^\"]*)\"");

	@LocalServerPort
	int port;

	@Test
	void accountTabExportsItsContactsWithTheArchivedFilter() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		Console console = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		String account = api.post("/api/v1/accounts", Map.of("name", "Tab " + TestData.suffix())).id();
		api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Active", "lastName", "Tabbed"));
		String archived = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Archived",
				"lastName", "Tabbed", "confirmNotDuplicate", true)).id();
		api.post("/api/v1/contacts/" + archived + "/archive", null);

		String link = link(console.get("/accounts/" + account + "/contacts?archived=any").body());
		assertThat(link).isEqualTo("/accounts/" + account + "/contacts/export.csv?archived=any");
		var csv = console.get(link);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
		assertThat(csv.body()).contains("Active,,Tabbed", "Archived,,Tabbed");
		assertThat(console.get(link(console.get("/accounts/" + account + "/contacts").body())).body())
				.contains("Active,,Tabbed").doesNotContain("Archived,,Tabbed");
	}

	@Test
	void searchPageExportsWhatItFound() {
		Api api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		Console console = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		String account = api.post("/api/v1/accounts", Map.of("name", "Found " + TestData.suffix())).id();
		String last = "Findme" + TestData.suffix();
		String id = api.post("/api/v1/accounts/" + account + "/contacts", Map.of("firstName", "Searched", "lastName", last)).id();

		String link = link(console.get("/contacts?q=" + last).body());
		assertThat(link).isEqualTo("/contacts/export.csv?q=" + last);
		assertThat(console.get(link).body().lines().skip(1)).singleElement().asString().startsWith("Searched,," + last);

		var page = console.get("/contacts/" + id).body();
		assertThat(page).contains("href=\"/contacts/" + id + "/vcard\"");
		var card = console.get("/contacts/" + id + "/vcard");
		assertThat(card.headers().firstValue("Content-Type")).hasValue("text/vcard;charset=UTF-8");
		assertThat(card.body()).contains("UID:urn:uuid:" + id, "FN:Searched " + last);
	}

	private static String link(String html) {
		Matcher m = EXPORT.matcher(html);
		assertThat(m.find()).as("an Export CSV link").isTrue();
		return m.group(1).replace("&amp;", "&");
	}
}
