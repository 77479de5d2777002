package app.clientele.contacts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import app.clientele.Api;
import app.clientele.Console;
import app.clientele.IntegrationTest;
import app.clientele.TestData;
import app.clientele.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The console's contact lists filtered through the URL (issue 23): chips in people's words, each
 * removable by a link, forms that add a filter while keeping the others, and the next page and
 * export of the same filtered list.
 */
@IntegrationTest
class ContactFilterChipsIntegrationTests {

	@LocalServerPort
	int port;

	Api api;
	Console console;
	String account;
	String last;

	@BeforeEach
	void setUp() {
		api = new Api(port).as(TestUsers.adminToken(new Api(port)));
		console = Console.signIn(port, TestUsers.ADMIN_EMAIL, TestUsers.ADMIN_PASSWORD);
		account = api.post("/api/v1/accounts", Map.of("name", "Chips " + TestData.suffix())).id();
		last = "Chipped" + TestData.suffix().replaceAll("[0-9]", "y");
		create("Leadcall", "stage", "LEAD", "doNotCall", true);
		create("Leadonly", "stage", "LEAD");
		create("Nobody");
	}

	@Test
	void contactsListShowsChosenFiltersAsChipsInPeoplesWords() {
		String page = console.get("/contacts?q=" + last + "&stage=LEAD&doNotCall=true").body();
		assertThat(page).contains("Leadcall " + last).doesNotContain("Leadonly " + last).doesNotContain("Nobody " + last);
		assertThat(page).contains(">Stage: Lead<").contains(">Asked not to be called: yes<");
		assertThat(page).contains("href=\"/contacts?q=" + last + "&amp;doNotCall=true\"")
				.contains("href=\"/contacts?q=" + last + "&amp;stage=LEAD\"");
		assertThat(page).contains("href=\"/contacts/export.csv?q=" + last + "&amp;stage=LEAD&amp;doNotCall=true\"");
	}

	@Test
	void removingAChipWidensTheList() {
		String page = console.get("/contacts?q=" + last + "&stage=LEAD").body();
		assertThat(page).contains("Leadcall " + last).contains("Leadonly " + last).doesNotContain("Nobody " + last);
		assertThat(console.get("/contacts?q=" + last).body()).contains("Nobody " + last);
	}

	@Test
	void addFilterFormsKeepTheOtherFilters() {
		String page = console.get("/accounts/" + account + "/contacts?stage=LEAD").body();
		assertThat(page).contains("Leadcall " + last).contains("Leadonly " + last).doesNotContain("Nobody " + last);
		assertThat(page).contains("<form method=\"get\" action=\"/accounts/" + account + "/contacts\" class=\"add-filter-form\">"
				+ "\n        <input type=\"hidden\" name=\"stage\" value=\"LEAD\">");
		assertThat(page).contains("<label for=\"filter-doNotCall\">Asked not to be called</label>");
		assertThat(console.get("/accounts/" + account + "/contacts?stage=LEAD&doNotCall=true").body())
				.contains("Leadcall " + last).doesNotContain("Leadonly " + last);
	}

	@Test
	void accountListPagesWithItsFilters() {
		for (int i = 0; i < 50; i++) {
			create("Many" + (char) ('a' + i / 26) + (char) ('a' + i % 26), "stage", "LEAD");
		}
		String page = console.get("/accounts/" + account + "/contacts?stage=LEAD").body();
		assertThat(page).containsPattern("href=\"/accounts/" + account + "/contacts\\?stage=LEAD&amp;after=[^\"]+\">Next page");
	}

	private void create(String first, Object... more) {
		Map<String, Object> body = new java.util.HashMap<>(Map.of("firstName", first, "lastName", last, "confirmNotDuplicate", true));
		for (int i = 0; i < more.length; i += 2) {
			body.put((String) more[i], more[i + 1]);
		}
		assertThat(api.post("/api/v1/accounts/" + account + "/contacts", body).status()).isEqualTo(201);
	}
}
